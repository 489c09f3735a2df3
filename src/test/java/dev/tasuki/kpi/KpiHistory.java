package dev.tasuki.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import dev.tasuki.TestUsers;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.PastAccount;
import dev.tasuki.customer.PastActivity;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealHistoryImport;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.HistoryImport;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * Hand-made history at chosen times, written through the relay's and customer module's import APIs, for figures worked
 * out by hand. Each test class uses its own year, so that classes sharing the demo database never count each other's
 * leads (the demo's history is the last eighteen months). A class that sets MRR levels brings every account of its back
 * to ¥0 within its year, so that no later year starts with its MRR.
 *
 * <p>What counts back from today (the trailing six months of a reverse plan and of derived targets) is read from
 * {@link MovableClock}: the system's time, until a test moves "today" into its own year with {@link #today}.
 */
@TestComponent
public class KpiHistory {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final HistoryImport history;
    private final CustomerImport customers;
    private final Campaigns campaigns;
    private final TestUsers users;
    private final KpiReadModels readModels;
    private final DealHistoryImport deals;
    private final MovableClock clock;

    KpiHistory(
            HistoryImport history,
            CustomerImport customers,
            Campaigns campaigns,
            TestUsers users,
            KpiReadModels readModels,
            DealHistoryImport deals,
            MovableClock clock) {
        this.history = history;
        this.customers = customers;
        this.campaigns = campaigns;
        this.users = users;
        this.readModels = readModels;
        this.deals = deals;
        this.clock = clock;
    }

    /** A time in Tokyo, "2019-03-01T10:00". */
    public static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    /** Moves the organisation's clock to a Tokyo time, until {@link #clockFollowsTheSystem()}. */
    public void today(String tokyoTime) {
        clock.at(tokyo(tokyoTime));
    }

    public void clockFollowsTheSystem() {
        clock.at(null);
    }

    public SignedInUser user(String email) {
        return users.signedIn(email);
    }

    public long campaign(String name, LocalDate startsOn, LocalDate endsOn, long cost) {
        return campaigns
                .create(
                        new CampaignDetails(name + " " + UUID.randomUUID(), LeadSource.WEBINAR, startsOn, endsOn, cost),
                        user(TestUsers.ADMIN))
                .id();
    }

    public long account(String name, Instant createdAt) {
        return customers
                .importAccounts(List.of(new PastAccount(
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        createdAt,
                        user(TestUsers.ADMIN).id())))
                .get(0);
    }

    /** A lead of the source and campaign with the given entries (stage, Tokyo time) and handoffs. */
    public LeadBuilder lead(LeadSource source, Long campaign) {
        return new LeadBuilder(source, campaign);
    }

    void activity(long leadId, ActivityKind kind, Instant at, String byEmail, Department department) {
        customers.importActivities(List.of(new PastActivity(
                null, null, leadId, kind, "件名", null, at, user(byEmail).id(), department)));
    }

    /** A NEW deal opened at one Tokyo time in 初回商談 and, when closedAt is given, moved to the stage then. */
    public long deal(long accountId, Long leadId, long amount, String stage, String createdAt, String closedAt) {
        long owner = user(TestUsers.FIELD_SALES_MEMBER).id();
        List<PastDeal.Move> moves =
                new ArrayList<>(List.of(new PastDeal.Move("FIRST_MEETING", tokyo(createdAt), owner)));
        if (!stage.equals("FIRST_MEETING")) {
            moves.add(new PastDeal.Move(stage, tokyo(closedAt == null ? createdAt : closedAt), owner));
        }
        boolean won = stage.equals("WON");
        String reason = won ? "FIT" : stage.equals("LOST") ? "PRICE" : null;
        LocalDate expected =
                tokyo(closedAt == null ? createdAt : closedAt).atZone(TOKYO).toLocalDate();
        return deals.importDeals(List.of(new PastDeal(
                        accountId,
                        leadId,
                        "試験商談",
                        DealType.NEW,
                        amount,
                        amount / 12,
                        ContractTerm.ANNUAL,
                        expected,
                        owner,
                        Department.FIELD_SALES,
                        tokyo(createdAt),
                        owner,
                        moves,
                        reason,
                        reason == null ? null : "試験",
                        won ? expected : null)))
                .get(0);
    }

    public void rebuild() {
        readModels.rebuild();
    }

    public final class LeadBuilder {

        private final LeadSource source;
        private final Long campaign;
        private final List<ImportedLead.Entry> entries = new ArrayList<>();
        private final List<ImportedLead.PastHandoff> handoffs = new ArrayList<>();
        private Long account;
        private Long owner;

        private LeadBuilder(LeadSource source, Long campaign) {
            this.source = source;
            this.campaign = campaign;
        }

        public LeadBuilder at(LifecycleStage stage, String tokyoTime) {
            entries.add(new ImportedLead.Entry(stage, tokyo(tokyoTime), null));
            return this;
        }

        public LeadBuilder account(long accountId) {
            this.account = accountId;
            return this;
        }

        public LeadBuilder owner(long ownerId) {
            this.owner = ownerId;
            return this;
        }

        /** A handoff sent at a Tokyo time, due after the hours, answered (or not, respondedAt null) as given. */
        public LeadBuilder handoff(
                HandoffKind kind,
                String sentAt,
                int slaHours,
                HandoffStatus status,
                String respondedAt,
                String reason) {
            Instant sent = tokyo(sentAt);
            long sender = user(switch (kind.from()) {
                        case MARKETING -> TestUsers.MARKETING_MEMBER;
                        case INSIDE_SALES -> TestUsers.INSIDE_SALES_MEMBER;
                        case FIELD_SALES -> TestUsers.FIELD_SALES_MEMBER;
                        case CUSTOMER_SUCCESS -> TestUsers.CUSTOMER_SUCCESS_MEMBER;
                    })
                    .id();
            handoffs.add(new ImportedLead.PastHandoff(
                    kind,
                    sender,
                    sent,
                    sent.plusSeconds(slaHours * 3600L),
                    "引き継ぎ",
                    new Bant(null, null, null, null),
                    null,
                    status,
                    respondedAt == null ? null : sender,
                    respondedAt == null ? null : tokyo(respondedAt),
                    reason,
                    null));
            return this;
        }

        public long create() {
            String name = "試験" + UUID.randomUUID().toString().substring(0, 8);
            LeadDetails details = new LeadDetails(
                    "計測",
                    name,
                    null,
                    null,
                    name + "@kpi.example",
                    null,
                    "計測株式会社",
                    null,
                    null,
                    null,
                    null,
                    source,
                    campaign,
                    owner);
            return history.importLeads(List.of(new ImportedLead(
                            details, account, entries.get(0).at(), null, List.copyOf(entries), List.copyOf(handoffs))))
                    .get(0);
        }
    }

    /**
     * The system clock in the organisation's zone, or a fixed instant a test chose. It is the primary
     * {@link OrganisationClock} of every context that imports {@link KpiHistory}, so the kpi tests keep sharing one
     * context; a test that moves it puts it back when it ends.
     */
    static final class MovableClock extends Clock {

        private final ZoneId zone;
        private volatile Instant fixed;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void at(Instant instant) {
            this.fixed = instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException("the organisation has one time zone");
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at != null ? at : Instant.now();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {

        @Bean
        MovableClock movableClock(@Qualifier("organisationClock") OrganisationClock system) {
            return new MovableClock(system.zone());
        }

        @Bean
        @Primary
        OrganisationClock movableOrganisationClock(MovableClock clock) {
            return new OrganisationClock(clock);
        }
    }
}
