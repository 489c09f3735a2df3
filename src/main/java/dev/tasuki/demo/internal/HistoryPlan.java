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
 * Eighteen months of ツナギクラウド's relay up to now, planned in memory before anything is written: campaigns, accounts,
 * leads with their journeys and activities, customer contacts, the deals of the opportunities and of Customer Success,
 * and the customers' MRR histories with Customer Success's meetings. The same seed, team and moment give the same plan,
 * every time.
 */
record HistoryPlan(
        List<CampaignDetails> campaigns,
        List<DemoAccounts.PlannedAccount> accounts,
        List<PlannedLead> leads,
        List<DemoAccounts.PlannedContact> contacts,
        List<PlannedDeal> deals,
        List<CustomerLives.PlannedHistory> customers,
        List<CustomerLives.CheckIn> checkIns) {

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
        List<PlannedLead> leads =
                new ArrayList<>(new DemoLeads(random, hours, team, now, companies, emails).from(arrivals, campaigns));
        leads.addAll(new OpenQueues(random, hours, team, now, companies, emails, campaigns).waiting());
        List<PlannedDeal> deals = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            if (leads.get(i).deal() != null) {
                deals.add(leads.get(i).deal().ofLead(i));
            }
        }
        Instant historyStart = first.atStartOfDay(zone).toInstant();
        CustomerLives.Lives lives =
                new CustomerLives(random, hours, team, now, companies, historyStart).live(deals, leads);
        lives.churnedLeads()
                .forEach((lead, churn) -> leads.set(lead, leads.get(lead).churned(churn.at(), churn.by())));
        DemoAccounts accounts = new DemoAccounts(random, team);
        List<DemoAccounts.PlannedAccount> planned =
                accounts.accounts(companies, leads, lives.customers(), historyStart);
        return new HistoryPlan(
                campaigns.all(),
                planned,
                List.copyOf(leads),
                accounts.contacts(planned, leads, emails),
                List.copyOf(deals),
                lives.histories(),
                lives.checkIns());
    }
}
