package dev.tasuki;

import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import dev.tasuki.deal.Deal;
import dev.tasuki.deal.Deals;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.SendHandoff;

/** A lead's way through the relay, walked through the real services, for tests that start further on. */
@Component
public class RelayJourneys {

    private final Leads leads;
    private final Handoffs handoffs;
    private final Deals deals;
    private final TestUsers users;

    RelayJourneys(Leads leads, Handoffs handoffs, Deals deals, TestUsers users) {
        this.leads = leads;
        this.handoffs = handoffs;
        this.deals = deals;
        this.users = users;
    }

    /**
     * A lead of this company taken through MQL, SAL and SQL by the demo's Marketing and Inside Sales members, whose
     * IS→FS handoff the demo's Field Sales member accepts: the deal that opens.
     */
    public Deal opportunity(String companyName) {
        SignedInUser marketing = users.signedIn(TestUsers.MARKETING_MEMBER);
        SignedInUser insideSales = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        Lead lead = leads.create(
                new LeadDetails(
                        "石田",
                        "亮",
                        null,
                        null,
                        "journey-" + System.nanoTime() + "@example.com",
                        null,
                        companyName,
                        "部長",
                        null,
                        null,
                        null,
                        LeadSource.INQUIRY,
                        null,
                        null),
                marketing);
        handoffs.accept(
                handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "問い合わせフォームから", null, null), marketing)
                        .id(),
                insideSales);
        Handoff toFieldSales = handoffs.send(
                lead.id(),
                new SendHandoff(
                        HandoffKind.IS_FS,
                        "アポ獲得",
                        new Bant("年600万円", "部長", "業務の効率化", "来期"),
                        LocalDateTime.of(2026, 12, 15, 10, 0)),
                insideSales);
        handoffs.accept(toFieldSales.id(), users.signedIn(TestUsers.FIELD_SALES_MEMBER));
        return deals.search(null, null, null, null).stream()
                .filter(deal -> deal.leadId() != null && deal.leadId() == lead.id())
                .findFirst()
                .orElseThrow();
    }
}
