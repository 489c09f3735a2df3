package dev.tasuki.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Activities;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.LogActivity;
import dev.tasuki.customer.Segment;
import dev.tasuki.deal.CloseDeal;
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
import dev.tasuki.relay.RejectHandoff;
import dev.tasuki.relay.SendHandoff;
import dev.tasuki.success.Mrr;
import dev.tasuki.success.SetMrrLevel;

/**
 * The read models kept current by events equal the ones rebuilt from history: a random history is walked through the
 * real services (leads, some edited afterwards, handoffs accepted (which makes the receiver the owner) and rejected,
 * activities, deals won and lost, MRR changed by hand afterwards), then the read models are compared row for row before
 * and after a rebuild.
 */
@IntegrationTest
class ReadModelRebuildTests {

    private static final List<String> READ_MODELS = List.of(
            "select lead_id, lead_s, mql_s, sal_s, sql_s, opportunity_s, customer_s, source, campaign_id,"
                    + " owner_id, segment"
                    + " from kpi_lead_funnel order by lead_id",
            "select handoff_id, lead_id, kind, sent_by, created_s, due_s, status, responded_s, reason_code,"
                    + " first_touch_s"
                    + " from kpi_handoff order by handoff_id",
            "select account_id, movement_on, kind, amount, mrr_before, mrr_after, source, campaign_id, life_started_on"
                    + " from kpi_mrr_movement"
                    + " order by account_id, movement_on, kind",
            "select movement_on, kind, source, campaign_id, amount, movements from kpi_mrr_day"
                    + " where movements <> 0 order by movement_on, kind, source, campaign_id",
            "select month_start, amount, customers from kpi_mrr_month where amount <> 0 or customers <> 0"
                    + " order by month_start");

    @Autowired
    KpiReadModels readModels;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    Deals deals;

    @Autowired
    Activities activities;

    @Autowired
    Mrr mrr;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rebuildingFromHistoryGivesWhatTheEventsKept() {
        readModels.rebuild();
        Random random = new Random(20261127);
        SignedInUser marketing = users.signedIn(TestUsers.MARKETING_MEMBER);
        SignedInUser insideSales = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        SignedInUser fieldSales = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        SignedInUser success = users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        for (int i = 0; i < 24; i++) {
            LeadSource source = LeadSource.values()[random.nextInt(LeadSource.values().length)];
            Lead lead = leads.create(
                    new LeadDetails(
                            "乱数",
                            "太郎" + i,
                            null,
                            null,
                            "rebuild-" + System.nanoTime() + "@example.com",
                            null,
                            "乱数商事" + i + "株式会社",
                            null,
                            null,
                            null,
                            null,
                            source,
                            null,
                            null),
                    marketing);
            if (random.nextInt(4) == 0) {
                // edited after its creation: the funnel rows follow the lead's current source and segment
                LeadDetails details = LeadDetails.of(lead);
                leads.change(
                        lead.id(),
                        new LeadDetails(
                                details.familyName(),
                                details.givenName(),
                                null,
                                null,
                                details.email(),
                                null,
                                details.companyName(),
                                null,
                                null,
                                null,
                                Segment.values()[random.nextInt(Segment.values().length)],
                                LeadSource.REFERRAL,
                                null,
                                null),
                        lead.version(),
                        marketing);
            }
            if (random.nextInt(10) < 2) {
                continue;
            }
            Handoff mql = handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "資料請求", null, null), marketing);
            if (random.nextBoolean()) {
                activities.log(
                        new LogActivity(
                                null,
                                null,
                                lead.id(),
                                ActivityKind.CALL,
                                "初回架電",
                                null,
                                Instant.now().minusSeconds(random.nextInt(600)),
                                null),
                        insideSales);
            }
            if (random.nextInt(10) < 3) {
                handoffs.reject(
                        mql.id(),
                        new RejectHandoff(random.nextBoolean() ? "NO_BUDGET" : "NOT_TARGET", "見送り"),
                        insideSales);
                continue;
            }
            handoffs.accept(mql.id(), insideSales);
            if (random.nextInt(10) < 3) {
                continue;
            }
            Handoff sql = handoffs.send(
                    lead.id(),
                    new SendHandoff(
                            HandoffKind.IS_FS,
                            "アポ獲得",
                            new Bant("年300万円", "部長", "効率化", "来期"),
                            LocalDateTime.of(2027, 1, 15, 10, 0)),
                    insideSales);
            if (random.nextInt(10) < 3) {
                handoffs.reject(sql.id(), new RejectHandoff("TOO_EARLY", "時期尚早"), fieldSales);
                continue;
            }
            handoffs.accept(sql.id(), fieldSales);
            Deal deal = deals.search(null, null, null, null).stream()
                    .filter(d -> d.leadId() != null && d.leadId() == lead.id())
                    .findFirst()
                    .orElseThrow();
            int outcome = random.nextInt(3);
            if (outcome == 0) {
                deals.lose(deal.id(), new CloseDeal("PRICE", "価格で失注", null, null, null, deal.version()), fieldSales);
            } else if (outcome == 1) {
                long monthly = 50_000L + random.nextInt(10) * 10_000L;
                LocalDate start = LocalDate.of(2026, 1 + random.nextInt(6), 1);
                deals.win(deal.id(), new CloseDeal("FIT", "受注", monthly, null, start, deal.version()), fieldSales);
                if (random.nextBoolean()) {
                    // a later change by hand: expansion, contraction or churn
                    long later = random.nextInt(3) == 0 ? 0 : monthly + (random.nextInt(5) - 2) * 10_000L;
                    mrr.set(deal.accountId(), new SetMrrLevel(start.plusMonths(2), later), success);
                }
            }
        }
        Map<String, List<Map<String, Object>>> kept = snapshot();
        readModels.rebuild();
        Map<String, List<Map<String, Object>>> rebuilt = snapshot();
        for (String query : READ_MODELS) {
            assertThat(kept.get(query)).as(query).isNotEmpty().isEqualTo(rebuilt.get(query));
        }
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new java.util.HashMap<>();
        for (String query : READ_MODELS) {
            rows.put(query, jdbc.sql(query).query().listOfRows());
        }
        return rows;
    }
}
