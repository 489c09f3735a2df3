package dev.tasuki.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LeadSource;

/**
 * The work waiting today, whatever day today is: handoffs sent in the last days and not answered yet, some of them past
 * their SLA, in the queue of every department that receives handoffs. Written backwards from now, so that they are
 * there on any day the demo is loaded.
 */
final class OpenQueues {

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant now;
    private final List<DemoCompanies.Company> companies;
    private final EmailAddresses emails;
    private final DemoCampaigns campaigns;
    private final FieldSalesLeg fieldSalesLeg;

    OpenQueues(
            Random random,
            OfficeHours hours,
            DemoTeam team,
            Instant now,
            List<DemoCompanies.Company> companies,
            EmailAddresses emails,
            DemoCampaigns campaigns) {
        this.campaigns = campaigns;
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.now = now;
        this.companies = companies;
        this.emails = emails;
        this.fieldSalesLeg = new FieldSalesLeg(random, hours, team, now);
    }

    /**
     * Three MQLs for Inside Sales (two overdue), two SQLs for Field Sales (one overdue), two customers for Customer
     * Success.
     */
    List<PlannedLead> waiting() {
        List<PlannedLead> leads = new ArrayList<>();
        leads.add(waitingAsMql(LeadSource.INQUIRY, sentHoursAgo(3), Duration.ofHours(2)));
        leads.add(waitingAsMql(LeadSource.WEBINAR, sentHoursAgo(30), Duration.ofDays(6)));
        leads.add(waitingAsMql(LeadSource.CONTENT_DOWNLOAD, sentHoursAgo(54), Duration.ofDays(12)));
        leads.add(waitingAsSql(sentHoursAgo(8)));
        leads.add(waitingAsSql(sentHoursAgo(60)));
        leads.add(waitingForOnboarding(sentHoursAgo(20)));
        leads.add(waitingForOnboarding(sentHoursAgo(80)));
        return leads;
    }

    private Instant sentHoursAgo(int hoursAgo) {
        return hours.lastWorking(now.minus(Duration.ofHours(hoursAgo)));
    }

    private PlannedLead waitingAsMql(LeadSource source, Instant sentAt, Duration nurtured) {
        Start start = start(sentAt.minus(nurtured));
        start.journey()
                .handOff(
                        HandoffKind.MKT_IS,
                        start.marketer(),
                        sentAt,
                        ResponseTimes.sla(HandoffKind.MKT_IS),
                        RelayTexts.mqlNote(random, source),
                        null,
                        null,
                        unanswered());
        return lead(start, source);
    }

    private PlannedLead waitingAsSql(Instant sentAt) {
        Start start = start(sentAt.minus(Duration.ofDays(15 + random.nextInt(20))));
        FunnelJourney journey = start.journey();
        long insideSales = acceptedMql(start, start.createdAt().plus(Duration.ofDays(2)));
        journey.log(ActivityKind.CALL, "アポイント獲得", "初回商談の日程が確定。", sentAt.minus(Duration.ofMinutes(20)), insideSales);
        journey.handOff(
                HandoffKind.IS_FS,
                insideSales,
                sentAt,
                ResponseTimes.sla(HandoffKind.IS_FS),
                RelayTexts.sqlNote(random),
                RelayTexts.bant(random, 300),
                hours.meetingSlot(sentAt, 3, 8),
                unanswered());
        return lead(start, LeadSource.INQUIRY);
    }

    private PlannedLead waitingForOnboarding(Instant wonAt) {
        Start start = start(wonAt.minus(Duration.ofDays(100 + random.nextInt(40))));
        FunnelJourney journey = start.journey();
        long insideSales = acceptedMql(start, start.createdAt().plus(Duration.ofDays(3)));
        Instant sqlAt = hours.after(journey.last(), Duration.ofDays(6));
        long fieldSales = team.someoneIn(Department.FIELD_SALES, random);
        Instant appointment = hours.meetingSlot(sqlAt, 3, 7);
        journey.handOff(
                HandoffKind.IS_FS,
                insideSales,
                sqlAt,
                ResponseTimes.sla(HandoffKind.IS_FS),
                RelayTexts.sqlNote(random),
                RelayTexts.bant(random, 480),
                appointment,
                FunnelJourney.Reply.accept(fieldSales, hours.after(sqlAt, Duration.ofHours(3))));
        journey.log(ActivityKind.MEETING, "初回商談（オンライン）", "課題をヒアリングし、デモを実施。", appointment, fieldSales);
        PlannedDeal deal = fieldSalesLeg
                .deals()
                .wonAt(start.company(), companies.get(start.company()), fieldSales, journey.last(), appointment, wonAt);
        fieldSalesLeg.close(journey, deal, unanswered());
        return lead(start, LeadSource.REFERRAL, deal);
    }

    /**
     * Marketing hands the lead over at that moment and Inside Sales accepts it two hours later; returns who accepted.
     */
    private long acceptedMql(Start start, Instant sentAt) {
        long insideSales = team.someoneIn(Department.INSIDE_SALES, random);
        Instant sent = hours.working(sentAt);
        start.journey()
                .log(
                        ActivityKind.CALL,
                        "初回架電",
                        "担当者と会話。課題と検討状況をヒアリング。",
                        sent.plus(Duration.ofMinutes(40)),
                        insideSales);
        start.journey()
                .handOff(
                        HandoffKind.MKT_IS,
                        start.marketer(),
                        sent,
                        ResponseTimes.sla(HandoffKind.MKT_IS),
                        RelayTexts.mqlNote(random, LeadSource.INQUIRY),
                        null,
                        null,
                        FunnelJourney.Reply.accept(insideSales, sent.plus(Duration.ofHours(2))));
        return insideSales;
    }

    private FunnelJourney.Reply unanswered() {
        return FunnelJourney.Reply.accept(0, now.plus(Duration.ofDays(365)));
    }

    private Start start(Instant createdAt) {
        int company = random.nextInt(companies.size());
        long marketer = team.someoneIn(Department.MARKETING, random);
        Instant created = hours.lastWorking(createdAt);
        return new Start(company, marketer, created, new FunnelJourney(created, marketer, now, team));
    }

    private record Start(int company, long marketer, Instant createdAt, FunnelJourney journey) {}

    private PlannedLead lead(Start start, LeadSource source) {
        return lead(start, source, null);
    }

    private PlannedLead lead(Start start, LeadSource source, PlannedDeal deal) {
        DemoCompanies.Company company = companies.get(start.company());
        JapaneseNames.Person person = JapaneseNames.person(random);
        FunnelJourney journey = start.journey();
        Integer campaign =
                campaigns.running(source, hours.day(start.createdAt())).orElse(null);
        return new PlannedLead(
                start.company(),
                source,
                campaign,
                person,
                emails.of(person, company),
                company.phone(),
                JobTitles.of(random, company.band()),
                start.createdAt(),
                start.marketer(),
                journey.owner(),
                journey.entries(),
                journey.handoffs(),
                journey.touches(),
                deal);
    }
}
