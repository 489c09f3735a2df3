package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.success.Mrr;
import dev.tasuki.success.SetMrrLevel;

/**
 * Revenue figures on three hand-made accounts whose MRR levels are set through the success module in 2016 (the
 * movements it derives reach the KPI read model through its events, no rebuild):
 *
 * <pre>
 * A1 (webinar campaign W): 01-10 ¥100,000 NEW; 03-05 ¥150,000 EXPANSION +50,000; 04-10 ¥0 CHURN −150,000;
 *                          05-20 ¥80,000 REACTIVATION
 * A2 (webinar campaign W): 02-15 ¥200,000 NEW; 03-20 ¥160,000 CONTRACTION −40,000
 * A3 (inquiry, no campaign): 03-10 ¥50,000 NEW; 03-25 ¥70,000 EXPANSION +20,000
 * A4 (inquiry, no campaign): 07-05 ¥100,000 NEW; 08-03 ¥0 CHURN −100,000; 08-10 ¥60,000 REACTIVATION;
 *                            08-20 ¥90,000 EXPANSION +30,000; 08-25 ¥70,000 CONTRACTION −20,000
 * campaign W cost ¥300,000 over 03-01..03-30; gross margin 0.80
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueFiguresTests {

    private static final Window MARCH = new Window(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1));
    private static final Window APRIL = new Window(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 5, 1));
    private static final Window MAY = new Window(LocalDate.of(2016, 5, 1), LocalDate.of(2016, 6, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    RevenueReport report;

    @Autowired
    Mrr mrr;

    @Autowired
    MockMvc mvc;

    private long webinar;

    @BeforeAll
    void history() {
        webinar = history.campaign("収益試験", LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 30), 300_000);
        long a1 = history.account("収益試験A1株式会社", KpiHistory.tokyo("2015-12-01T09:00"));
        long a2 = history.account("収益試験A2株式会社", KpiHistory.tokyo("2015-12-01T09:00"));
        long a3 = history.account("収益試験A3株式会社", KpiHistory.tokyo("2015-12-01T09:00"));
        long a4 = history.account("収益試験A4株式会社", KpiHistory.tokyo("2015-12-01T09:00"));
        history.lead(LeadSource.WEBINAR, webinar)
                .account(a1)
                .at(LEAD, "2015-12-01T09:00")
                .create();
        history.lead(LeadSource.WEBINAR, webinar)
                .account(a2)
                .at(LEAD, "2015-12-01T09:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .account(a3)
                .at(LEAD, "2015-12-01T09:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .account(a4)
                .at(LEAD, "2015-12-01T09:00")
                .create();
        level(a1, "2016-01-10", 100_000);
        level(a1, "2016-03-05", 150_000);
        level(a1, "2016-04-10", 0);
        level(a1, "2016-05-20", 80_000);
        level(a2, "2016-02-15", 200_000);
        level(a2, "2016-03-20", 160_000);
        level(a3, "2016-03-10", 50_000);
        level(a3, "2016-03-25", 70_000);
        level(a4, "2016-07-05", 100_000);
        level(a4, "2016-08-03", 0);
        level(a4, "2016-08-10", 60_000);
        level(a4, "2016-08-20", 90_000);
        level(a4, "2016-08-25", 70_000);
    }

    private void level(long account, String day, long amount) {
        mrr.set(
                account,
                new SetMrrLevel(LocalDate.parse(day), amount),
                history.user(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    @Test
    void marchMovesAndRetention() {
        RevenueFigures march = report.revenue(MARCH, null);
        // at 03-01: A1 100,000 + A2 200,000
        assertThat(march.mrrStart()).isEqualTo(300_000);
        // + 50,000 (A1) + 50,000 (A3 new) − 40,000 (A2) + 20,000 (A3)
        assertThat(march.mrrEnd()).isEqualTo(380_000);
        assertThat(march.newMrr()).isEqualTo(50_000);
        assertThat(march.expansionMrr()).isEqualTo(70_000);
        assertThat(march.contractionMrr()).isEqualTo(40_000);
        assertThat(march.churnedMrr()).isZero();
        // only A1 and A2 had MRR at 03-01, so A3's expansion is not retention: (300,000 + 50,000 − 40,000) / 300,000
        assertThat(march.nrr()).isCloseTo(310 / 300.0, within(1e-12));
        assertThat(march.grossRevenueChurn()).isCloseTo(40 / 300.0, within(1e-12));
        assertThat(march.logoChurn()).isEqualTo(0.0);
        // 380,000 / 3 customers at 04-01 = 126,666.67
        assertThat(march.arpa()).isEqualTo(126_667L);
        assertThat(march.customersStart()).isEqualTo(2);
        assertThat(march.customersEnd()).isEqualTo(3);
        assertThat(march.newCustomers()).isEqualTo(1);
    }

    @Test
    void ltvCacAndPaybackInMarch() {
        RevenueFigures march = report.revenue(MARCH, null);
        // monthly revenue churn: months before April 2016 with MRR at their start: February (nothing lost → 0) and
        // March (40,000 / 300,000); mean = (0 + 0.1333…) / 2 = 0.0666…
        assertThat(march.monthlyRevenueChurn()).isCloseTo(40 / 600.0, within(1e-12));
        // LTV = ARPA × margin / churn = 380,000 / 3 × 0.8 / (40 / 600) = 1,520,000
        assertThat(march.ltv()).isEqualTo(1_520_000L);
        // CAC = campaign W's ¥300,000 (all 30 of its days fall in March) / 1 new customer (A3)
        assertThat(march.cac()).isEqualTo(300_000L);
        assertThat(march.ltvToCac()).isCloseTo(1_520_000 / 300_000.0, within(1e-12));
        // payback = 300,000 / (50,000 new MRR per new customer × 0.8) = 7.5 months
        assertThat(march.cacPaybackMonths()).isCloseTo(7.5, within(1e-12));
    }

    @Test
    void windowsThatEndMidMonth() {
        // 03-06..03-21: A1's expansion (03-05) is before it; A3's NEW (03-10) and A2's contraction (03-20) inside
        RevenueFigures midMarch =
                report.revenue(new Window(LocalDate.of(2016, 3, 6), LocalDate.of(2016, 3, 21)), Grouping.CAMPAIGN);
        // at 03-06: A1 150,000 + A2 200,000; at 03-21: + 50,000 (A3) − 40,000 (A2)
        assertThat(midMarch.mrrStart()).isEqualTo(350_000);
        assertThat(midMarch.mrrEnd()).isEqualTo(360_000);
        assertThat(midMarch.customersStart()).isEqualTo(2);
        assertThat(midMarch.customersEnd()).isEqualTo(3);
        // campaign W's accounts A1 and A2 (a campaign's MRR is summed from the daily sums, the company's from the
        // monthly ones): 150,000 + 200,000 at 03-06, 150,000 + 160,000 at 03-21
        RevenueFigures w = midMarch.groups().stream()
                .filter(group -> String.valueOf(webinar).equals(group.key()))
                .findFirst()
                .orElseThrow()
                .figures();
        assertThat(w.mrrStart()).isEqualTo(350_000);
        assertThat(w.mrrEnd()).isEqualTo(310_000);
    }

    @Test
    void aprilChurnAndMayReactivation() {
        RevenueFigures april = report.revenue(APRIL, null);
        assertThat(april.churnedMrr()).isEqualTo(150_000);
        // (380,000 − 150,000) / 380,000
        assertThat(april.nrr()).isCloseTo(230 / 380.0, within(1e-12));
        // A1 churned out of 3 customers at 04-01
        assertThat(april.logoChurn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(april.cac()).isNull();
        assertThat(april.notes()).extracting(RevenueFigures.Note::field).contains("cac");

        RevenueFigures may = report.revenue(MAY, null);
        assertThat(may.reactivationMrr()).isEqualTo(80_000);
        assertThat(may.mrrEnd()).isEqualTo(310_000);
        assertThat(may.customersEnd()).isEqualTo(3);
        // churn by month before June: Feb 0, Mar 40/300, Apr 150/380, May 0 → mean 0.1320175…;
        // LTV = 310,000 / 3 × 0.8 / 0.1320175… = 626,179.40 → 626,179
        assertThat(may.monthlyRevenueChurn()).isCloseTo((40 / 300.0 + 150 / 380.0) / 4, within(1e-12));
        assertThat(may.ltv()).isEqualTo(626_179L);
    }

    @Test
    void anAccountThatLeavesAndComesBackInTheWindowIsStillRetained() {
        RevenueFigures august = report.revenue(new Window(LocalDate.of(2016, 8, 1), LocalDate.of(2016, 9, 1)), null);
        // at 08-01: A1 80,000 + A2 160,000 + A3 70,000 + A4 100,000; all four had MRR then, so all of A4's August
        // moves count, those after its comeback included: (410,000 + 30,000 − 20,000 − 100,000) / 410,000
        assertThat(august.mrrStart()).isEqualTo(410_000);
        assertThat(august.mrrEnd()).isEqualTo(380_000);
        assertThat(august.reactivationMrr()).isEqualTo(60_000);
        assertThat(august.nrr()).isCloseTo(320 / 410.0, within(1e-12));
        assertThat(august.grossRevenueChurn()).isCloseTo(120 / 410.0, within(1e-12));
        // A4 churned once, out of 4 customers at 08-01
        assertThat(august.logoChurn()).isCloseTo(1 / 4.0, within(1e-12));

        // the 12 months before October with MRR at their start: Feb 0, Mar 40/300, Apr 150/380, May, Jun and Jul 0,
        // Aug 120/410, Sep 0: eight months
        RevenueFigures september =
                report.revenue(new Window(LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 1)), null);
        assertThat(september.monthlyRevenueChurn())
                .isCloseTo((40 / 300.0 + 150 / 380.0 + 120 / 410.0) / 8, within(1e-12));
    }

    @Test
    void beforeAnyMrrTheRatiosAreNullWithTheReason() {
        RevenueFigures january = report.revenue(new Window(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1)), null);
        assertThat(january.mrrStart()).isZero();
        assertThat(january.newMrr()).isEqualTo(100_000);
        assertThat(january.nrr()).isNull();
        assertThat(january.logoChurn()).isNull();
        assertThat(january.notes())
                .extracting(RevenueFigures.Note::field)
                .contains("nrr", "grossRevenueChurn", "logoChurn");
    }

    @Test
    void theClosedLoopSplitsTheFiguresByTheCampaignThatBroughtTheAccount() {
        RevenueFigures march = report.revenue(MARCH, Grouping.CAMPAIGN);
        RevenueFigures w = march.groups().stream()
                .filter(g -> String.valueOf(webinar).equals(g.key()))
                .findFirst()
                .orElseThrow()
                .figures();
        RevenueFigures none = march.groups().stream()
                .filter(g -> g.key() == null)
                .findFirst()
                .orElseThrow()
                .figures();
        // W brought A1 and A2: 300,000 at the start, +50,000, −40,000
        assertThat(w.mrrStart()).isEqualTo(300_000);
        assertThat(w.nrr()).isCloseTo(310 / 300.0, within(1e-12));
        // A3 came without a campaign
        assertThat(none.newMrr()).isEqualTo(50_000);
        assertThat(none.expansionMrr()).isEqualTo(20_000);
        assertThat(march.groups().stream()
                        .mapToLong(g -> g.figures().expansionMrr())
                        .sum())
                .isEqualTo(march.expansionMrr());
        assertThat(march.groups().stream().mapToLong(g -> g.figures().mrrEnd()).sum())
                .isEqualTo(march.mrrEnd());
    }

    @Test
    void theApiAnswersInTheCallersLanguageWithNotes() throws Exception {
        mvc.perform(get("/api/v1/kpi/revenue")
                        .param("from", "2016-01-01")
                        .param("to", "2016-02-01")
                        .header("Accept-Language", "en")
                        .with(httpBasic(TestUsers.CUSTOMER_SUCCESS_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.newMrr").value(100_000))
                .andExpect(jsonPath("$.nrr").doesNotExist())
                .andExpect(jsonPath("$.notes[?(@.field == 'nrr')].reason")
                        .value("Undefined: MRR was 0 at the start of the window."));
    }
}
