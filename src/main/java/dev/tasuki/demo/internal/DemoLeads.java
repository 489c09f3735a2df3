package dev.tasuki.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.LifecycleStage;

/**
 * Turns arrivals into leads: a person at one of the companies (bigger companies send more people), created by a
 * marketer, then run through the relay's legs as far as now.
 */
final class DemoLeads {

    /** How many people of a company of each band come in, relative to each other. */
    private static final int[] PEOPLE_BY_BAND = {1, 2, 3, 5, 8, 14};

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant now;
    private final List<DemoCompanies.Company> companies;
    private final int[] companyWeights;
    private final EmailAddresses emails;
    private final FieldSalesLeg fieldSales;
    private final InsideSalesLeg insideSales;
    private final MarketingLeg marketing;

    DemoLeads(
            Random random,
            OfficeHours hours,
            DemoTeam team,
            Instant now,
            List<DemoCompanies.Company> companies,
            EmailAddresses emails) {
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.now = now;
        this.companies = companies;
        this.emails = emails;
        this.companyWeights = companies.stream()
                .mapToInt(company -> PEOPLE_BY_BAND[company.band().ordinal()])
                .toArray();
        this.fieldSales = new FieldSalesLeg(random, hours, team, now);
        this.insideSales = new InsideSalesLeg(random, hours, team, now, fieldSales);
        this.marketing = new MarketingLeg(random, hours, insideSales);
    }

    List<PlannedLead> from(List<LeadArrivals.Arrival> arrivals, DemoCampaigns campaigns) {
        List<PlannedLead> leads = new ArrayList<>(arrivals.size());
        for (LeadArrivals.Arrival arrival : arrivals) {
            int company = Weighted.index(random, companyWeights);
            String campaignName = arrival.campaign() == null
                    ? null
                    : campaigns.all().get(arrival.campaign()).name();
            leads.add(journey(company, arrival, campaignName));
        }
        return leads;
    }

    private PlannedLead journey(int companyIndex, LeadArrivals.Arrival arrival, String campaignName) {
        DemoCompanies.Company company = companies.get(companyIndex);
        JapaneseNames.Person person = JapaneseNames.person(random);
        String email = emails.of(person, company);
        String phone = random.nextInt(10) < 7 ? company.phone() : null;
        String title = JobTitles.of(random, company.band());
        long marketer = team.someoneIn(Department.MARKETING, random);
        FunnelJourney journey = new FunnelJourney(arrival.at(), marketer, now, team);
        LeadProfile profile =
                new LeadProfile(arrival.source(), company.band(), campaignName, arrival.eventAt(), marketer);
        PlannedDeal deal = run(journey, profile, companyIndex, company);
        return new PlannedLead(
                companyIndex,
                arrival.source(),
                arrival.campaign(),
                person,
                email,
                phone,
                title,
                arrival.at(),
                marketer,
                journey.owner(),
                journey.entries(),
                journey.handoffs(),
                journey.touches(),
                deal);
    }

    /** Runs the lead through the legs; returns the deal when it became an opportunity, else null. */
    private PlannedDeal run(
            FunnelJourney journey, LeadProfile profile, int companyIndex, DemoCompanies.Company company) {
        if (!marketing.run(journey, profile) || journey.stage() != LifecycleStage.SAL) {
            return null;
        }
        EmployeeBand band = profile.band();
        return insideSales
                .run(journey, band)
                .filter(appointment -> journey.stage() == LifecycleStage.OPPORTUNITY)
                .map(appointment -> fieldSales.run(journey, appointment, companyIndex, company))
                .orElse(null);
    }
}
