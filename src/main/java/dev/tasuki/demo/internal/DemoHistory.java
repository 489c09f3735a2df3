package dev.tasuki.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.NewContact;
import dev.tasuki.customer.PastAccount;
import dev.tasuki.customer.PastActivity;
import dev.tasuki.deal.DealHistoryImport;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.HistoryWritten;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.HistoryImport;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.success.MrrHistoryImport;

/**
 * Writes the demo's eighteen months of history (see {@link HistoryPlan}) through the modules' batch imports, in the
 * caller's transaction: campaigns, accounts, leads with their stages and handoffs, deals with theirs, the customers'
 * MRR histories and contracts, activities, contacts. None of these announces its rows one by one: when all is written,
 * {@link HistoryWritten} tells the read models to rebuild from history.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final UserDirectory directory;
    private final Campaigns campaigns;
    private final CustomerImport customerImport;
    private final HistoryImport historyImport;
    private final DealHistoryImport dealImport;
    private final MrrHistoryImport mrrImport;
    private final Contacts contacts;
    private final OrganisationClock clock;
    private final ApplicationEventPublisher events;

    DemoHistory(
            UserDirectory directory,
            Campaigns campaigns,
            CustomerImport customerImport,
            HistoryImport historyImport,
            DealHistoryImport dealImport,
            MrrHistoryImport mrrImport,
            Contacts contacts,
            OrganisationClock clock,
            ApplicationEventPublisher events) {
        this.directory = directory;
        this.campaigns = campaigns;
        this.customerImport = customerImport;
        this.historyImport = historyImport;
        this.dealImport = dealImport;
        this.mrrImport = mrrImport;
        this.contacts = contacts;
        this.clock = clock;
        this.events = events;
    }

    /** Loads the history that ends at the given moment; the team must exist already. */
    void load(Instant now) {
        long started = System.nanoTime();
        DemoTeam team = team();
        HistoryPlan plan = HistoryPlan.generate(team, now, clock.zone());
        long planned = System.nanoTime();
        SignedInUser marketing = actingAs(team.marketing().get(0));
        List<Long> campaignIds = plan.campaigns().stream()
                .map(details -> campaigns.create(details, marketing).id())
                .toList();
        List<Long> accountIds = customerImport.importAccounts(
                plan.accounts().stream().map(DemoHistory::pastAccount).toList());
        List<ImportedLead> imported = plan.leads().stream()
                .map(lead -> lead.toImported(
                        plan.accounts().get(lead.company()).company(),
                        accountIds.get(lead.company()),
                        lead.campaign() == null ? null : campaignIds.get(lead.campaign())))
                .toList();
        List<Long> leadIds = historyImport.importLeads(imported);
        long leadsWritten = System.nanoTime();
        List<PastActivity> activities = new ArrayList<>();
        for (int i = 0; i < plan.leads().size(); i++) {
            PlannedLead lead = plan.leads().get(i);
            activities.addAll(lead.activities(accountIds.get(lead.company()), leadIds.get(i)));
        }
        List<Long> dealIds = dealImport.importDeals(plan.deals().stream()
                .map(deal -> deal.toPast(
                        accountIds.get(deal.company()), deal.lead() == null ? null : leadIds.get(deal.lead())))
                .toList());
        mrrImport.importHistories(plan.customers().stream()
                .map(customer -> customer.toPast(accountIds.get(customer.company()), dealIds))
                .toList());
        long dealsWritten = System.nanoTime();
        for (CustomerLives.CheckIn checkIn : plan.checkIns()) {
            FunnelJourney.Touch touch = checkIn.touch();
            activities.add(new PastActivity(
                    accountIds.get(checkIn.company()),
                    null,
                    null,
                    touch.kind(),
                    touch.subject(),
                    touch.body(),
                    touch.at(),
                    touch.by(),
                    touch.department()));
        }
        customerImport.importActivities(activities);
        long activitiesWritten = System.nanoTime();
        for (DemoAccounts.PlannedContact contact : plan.contacts()) {
            contacts.create(newContact(contact, accountIds.get(contact.account())), actingAs(contact.ownerId()));
        }
        events.publishEvent(new HistoryWritten("demo"));
        log.info(
                "Loaded the demo history in {} ms (plan {} ms, campaigns, accounts and leads {} ms, deals and MRR"
                        + " {} ms, activities {} ms, "
                        + "contacts and read models {} ms): {} campaigns, {} accounts, {} leads, {} deals, {}"
                        + " customers, {} activities, {} contacts",
                millis(started, System.nanoTime()),
                millis(started, planned),
                millis(planned, leadsWritten),
                millis(leadsWritten, dealsWritten),
                millis(dealsWritten, activitiesWritten),
                millis(activitiesWritten, System.nanoTime()),
                campaignIds.size(),
                accountIds.size(),
                leadIds.size(),
                dealIds.size(),
                plan.customers().size(),
                activities.size(),
                plan.contacts().size());
    }

    private DemoTeam team() {
        return new DemoTeam(
                ids(Department.MARKETING),
                ids(Department.INSIDE_SALES),
                ids(Department.FIELD_SALES),
                ids(Department.CUSTOMER_SUCCESS));
    }

    /** The department's demo people, the manager first. */
    private List<Long> ids(Department department) {
        return directory.team(department).stream()
                .filter(user -> DemoStaff.isDemo(user.email()))
                .map(user -> user.id())
                .toList();
    }

    private SignedInUser actingAs(long userId) {
        return new SignedInUser(directory.get(userId), null);
    }

    private static PastAccount pastAccount(DemoAccounts.PlannedAccount account) {
        DemoCompanies.Company company = account.company();
        return new PastAccount(
                company.name(),
                company.kana(),
                company.domain(),
                company.industry(),
                company.band(),
                company.segment(),
                account.ownerId(),
                company.phone(),
                company.prefecture(),
                null,
                account.createdAt(),
                account.createdBy());
    }

    private static NewContact newContact(DemoAccounts.PlannedContact contact, long accountId) {
        JapaneseNames.Person person = contact.person();
        return new NewContact(
                accountId,
                person.family().kanji(),
                person.given().kanji(),
                person.family().kana(),
                person.given().kana(),
                contact.email(),
                contact.phone(),
                contact.title(),
                contact.departmentName(),
                null);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
