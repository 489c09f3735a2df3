package dev.tasuki.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tasuki.relay.CampaignDetails;

/**
 * Eighteen months of ツナギクラウド's relay up to now, planned in memory before anything is written:
 * campaigns, accounts, leads with their journeys and activities, and customer contacts. The same seed,
 * team and moment give the same plan, every time.
 */
record HistoryPlan(List<CampaignDetails> campaigns, List<DemoAccounts.PlannedAccount> accounts, List<PlannedLead> leads,
        List<DemoAccounts.PlannedContact> contacts) {

    static final long SEED = 20_260_401L;
    static final int MONTHS = 18;
    static final int COMPANIES = 360;

    static HistoryPlan generate(DemoTeam team, Instant now, ZoneId zone) {
        Random random = new Random(SEED);
        OfficeHours hours = new OfficeHours(zone, random);
        LocalDate first = hours.day(now).minusMonths(MONTHS);
        List<DemoCompanies.Company> companies = DemoCompanies.generate(random, COMPANIES);
        DemoCampaigns campaigns = DemoCampaigns.plan(random, YearMonth.from(first));
        EmailAddresses emails = new EmailAddresses();
        List<LeadArrivals.Arrival> arrivals = LeadArrivals.between(random, hours, first, now, campaigns);
        List<PlannedLead> leads = new ArrayList<>(new DemoLeads(random, hours, team, now, companies, emails).from(arrivals, campaigns));
        leads.addAll(new OpenQueues(random, hours, team, now, companies, emails, campaigns).waiting());
        DemoAccounts accounts = new DemoAccounts(random, team);
        List<DemoAccounts.PlannedAccount> planned = accounts.accounts(companies, leads, first.atStartOfDay(zone).toInstant());
        return new HistoryPlan(campaigns.all(), planned, List.copyOf(leads), accounts.contacts(planned, leads, emails));
    }
}
