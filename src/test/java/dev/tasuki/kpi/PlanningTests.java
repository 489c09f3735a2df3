package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.LeadSource;

/**
 * Reverse planning, targets and the bottleneck. The bottleneck's March 2015 has this plan and this history:
 *
 * <pre>
 * targets: LEAD 10, MQL 5, SAL 4, SQL 2, OPPORTUNITY 2, WON 1, REVENUE ¥1,000,000
 *   → plan factors lead 10, 0.5, 0.8, 0.5, 1, w 0.5, A ¥1,000,000 (product ¥1,000,000)
 * actual: 8 leads created, 4 reach MQL and SAL, 1 SQL and OPPORTUNITY; deals closed: one won ¥800,000, one lost
 *   → lead 8, 0.5, 1, 0.25, 1, w 0.5, A ¥800,000 (product 8 × 0.5 × 1 × 0.25 × 1 × 0.5 × 800,000 = ¥400,000)
 * </pre>
 *
 * The history rates come from the six full months before today's month. The tests that use them move today to
 * 2010-01-15 (Tokyo), so the history is July–December 2009, where these leads were created and these deals closed:
 *
 * <pre>
 * L1–L4   created 07-01 00:30 (July in Tokyo, still June 30 in UTC), 07-10, 08-10, 09-10; nothing further
 * L5      created 08-01, MQL 08-02
 * L6      created 08-03, MQL 08-04, RECYCLED 08-10, MQL again 09-01 (its first entry counts, once)
 * L7      created 09-01, MQL, SAL
 * L8      created 09-05, straight to SQL 09-06 (MQL and SAL implied)
 * L9      created 09-07, MQL, SAL, SQL
 * L10–L12 created 10-01, 10-05, 12-31 23:30 (still 2009 in Tokyo), MQL, SAL, SQL, OPPORTUNITY
 * X       created 2009-06-30 23:30: June, not in the history, though it reached SAL
 *   → reached: LEAD 12, MQL 8 (L5–L12), SAL 6 (L7–L12), SQL 5 (L8–L12), OPPORTUNITY 3 (L10–L12)
 *   → leadToMql 8/12 = 2/3, mqlToSal 6/8 = 3/4, salToSql 5/6, sqlToOpportunity 3/5
 * deals closed: won ¥1,000,000 (08-01) and ¥1,500,000 (12-31 23:30), lost three (07-15, 09-15, 11-15);
 *               won ¥9,000,000 on 2009-06-30 23:30 (June: not in the history)
 *   → winRate 2 / (2 + 3) = 2/5, averageDealSize 2,500,000 / 2 = ¥1,250,000
 * no account has MRR at 2009-07-01, so the trailing NRR and logo churn are undefined
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningTests {

    private static final Window MARCH = new Window(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 4, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    ReversePlanner planner;

    @Autowired
    BottleneckReport bottlenecks;

    @Autowired
    Targets targets;

    @Autowired
    ChainRates chainRates;

    @Autowired
    dev.tasuki.TestUsers users;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void history() {
        long account = history.account("計画試験株式会社", KpiHistory.tokyo("2015-02-01T09:00"));
        for (int i = 0; i < 8; i++) {
            var lead = history.lead(LeadSource.SEMINAR, null).at(LEAD, "2015-03-0" + (i + 1) + "T09:00");
            if (i < 4) {
                lead.at(MQL, "2015-03-0" + (i + 1) + "T12:00").at(SAL, "2015-03-0" + (i + 1) + "T15:00");
            }
            if (i == 0) {
                lead.account(account).at(SQL, "2015-03-10T10:00").at(OPPORTUNITY, "2015-03-11T10:00");
            }
            lead.create();
        }
        history.deal(account, null, 800_000, "WON", "2015-02-01T10:00", "2015-03-20T10:00");
        history.deal(account, null, 500_000, "LOST", "2015-02-01T10:00", "2015-03-21T10:00");
        history.rebuild();
        SignedInUser executive = history.user(TestUsers.EXECUTIVE);
        YearMonth march = YearMonth.of(2015, 3);
        Map.of(
                        TargetMetric.LEAD,
                        10,
                        TargetMetric.MQL,
                        5,
                        TargetMetric.SAL,
                        4,
                        TargetMetric.SQL,
                        2,
                        TargetMetric.OPPORTUNITY,
                        2,
                        TargetMetric.WON,
                        1,
                        TargetMetric.REVENUE,
                        1_000_000)
                .forEach((metric, value) -> targets.set(march, metric, BigDecimal.valueOf(value), null, executive));
    }

    @BeforeAll
    void historyOfTheSecondHalfOf2009() {
        for (String created : List.of("07-01T00:30", "07-10T09:00", "08-10T09:00", "09-10T09:00")) {
            history.lead(LeadSource.WEBINAR, null).at(LEAD, "2009-" + created).create();
        }
        history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2009-08-01T09:00")
                .at(MQL, "2009-08-02T09:00")
                .create();
        history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2009-08-03T09:00")
                .at(MQL, "2009-08-04T09:00")
                .at(RECYCLED, "2009-08-10T09:00")
                .at(MQL, "2009-09-01T09:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2009-09-01T09:00")
                .at(MQL, "2009-09-01T10:00")
                .at(SAL, "2009-09-01T11:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2009-09-05T09:00")
                .at(SQL, "2009-09-06T09:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2009-09-07T09:00")
                .at(MQL, "2009-09-07T10:00")
                .at(SAL, "2009-09-08T10:00")
                .at(SQL, "2009-09-10T10:00")
                .create();
        for (String day : List.of("2009-10-01", "2009-10-05", "2009-12-31")) {
            history.lead(LeadSource.SEMINAR, null)
                    .at(LEAD, day + "T23:30")
                    .at(MQL, day + "T23:35")
                    .at(SAL, day + "T23:40")
                    .at(SQL, day + "T23:45")
                    .at(OPPORTUNITY, day + "T23:50")
                    .create();
        }
        history.lead(LeadSource.SEMINAR, null)
                .at(LEAD, "2009-06-30T23:30")
                .at(MQL, "2009-07-02T09:00")
                .at(SAL, "2009-07-03T09:00")
                .create();
        long account = history.account("逆算試験株式会社", KpiHistory.tokyo("2009-05-01T09:00"));
        history.deal(account, null, 1_000_000, "WON", "2009-06-01T10:00", "2009-08-01T10:00");
        history.deal(account, null, 1_500_000, "WON", "2009-07-01T10:00", "2009-12-31T23:30");
        for (String closed : List.of("2009-07-15T10:00", "2009-09-15T10:00", "2009-11-15T10:00")) {
            history.deal(account, null, 700_000, "LOST", "2009-06-01T10:00", closed);
        }
        history.deal(account, null, 9_000_000, "WON", "2009-05-01T10:00", "2009-06-30T23:30");
        history.rebuild();
    }

    @AfterEach
    void clockBackToNow() {
        history.clockFollowsTheSystem();
    }

    @Test
    void reversePlanningWorksBackFromRevenueWithCeilingsAtEachStep() {
        ReversePlan plan = planner.plan(
                10_000_000,
                new Window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)),
                Map.of(
                        "averageDealSize",
                        new BigDecimal("500000"),
                        "winRate",
                        new BigDecimal("0.25"),
                        "sqlToOpportunity",
                        new BigDecimal("0.8"),
                        "salToSql",
                        new BigDecimal("0.5"),
                        "mqlToSal",
                        new BigDecimal("0.9"),
                        "leadToMql",
                        new BigDecimal("0.3")));
        // won = ceil(10,000,000 / 500,000) = 20; opportunity = ceil(20 / 0.25) = 80; sql = ceil(80 / 0.8) = 100;
        // sal = ceil(100 / 0.5) = 200; mql = ceil(200 / 0.9 = 222.2…) = 223; lead = ceil(223 / 0.3 = 743.3…) = 744
        assertThat(plan.required())
                .containsExactly(
                        Map.entry(TargetMetric.LEAD, 744L),
                        Map.entry(TargetMetric.MQL, 223L),
                        Map.entry(TargetMetric.SAL, 200L),
                        Map.entry(TargetMetric.SQL, 100L),
                        Map.entry(TargetMetric.OPPORTUNITY, 80L),
                        Map.entry(TargetMetric.WON, 20L));
        assertThat(plan.rates().get(ChainRate.WIN_RATE)).isEqualTo(new ReversePlan.RateUsed(0.25, "override"));
        assertThat(plan.departments())
                .extracting(ReversePlan.DepartmentTargets::department)
                .containsExactly(
                        Department.MARKETING,
                        Department.INSIDE_SALES,
                        Department.FIELD_SALES,
                        Department.CUSTOMER_SUCCESS);
        // one department's output is the next one's input: Marketing's MQL target is what Inside Sales receives
        assertThat(plan.departments().get(0).targets()).containsEntry(TargetMetric.MQL, 223L);
        assertThat(plan.departments().get(2).targets()).containsEntry(TargetMetric.REVENUE, 10_000_000L);
    }

    @Test
    void ratesNotOverriddenComeFromTheTrailingSixMonthsOfHistory() throws Exception {
        history.today("2010-01-15T12:00");
        Window trailing = new Window(LocalDate.of(2009, 7, 1), LocalDate.of(2010, 1, 1));
        assertThat(chainRates.historyWindow()).isEqualTo(trailing);
        // exactly the counts of the history (see the class comment), not rounded decimals
        assertThat(chainRates.rates(trailing, FunnelBasis.COHORT))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ChainRate.LEAD_TO_MQL,
                        Fraction.of(8, 12),
                        ChainRate.MQL_TO_SAL,
                        Fraction.of(6, 8),
                        ChainRate.SAL_TO_SQL,
                        Fraction.of(5, 6),
                        ChainRate.SQL_TO_OPPORTUNITY,
                        Fraction.of(3, 5),
                        ChainRate.WIN_RATE,
                        Fraction.of(2, 5),
                        ChainRate.AVERAGE_DEAL_SIZE,
                        Fraction.of(2_500_000, 2)));

        ReversePlan plan =
                planner.plan(11_000_000, new Window(LocalDate.of(2010, 4, 1), LocalDate.of(2010, 7, 1)), Map.of());
        assertThat(plan.historyFrom()).isEqualTo(LocalDate.of(2009, 7, 1));
        assertThat(plan.historyTo()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(plan.rates())
                .containsExactly(
                        Map.entry(ChainRate.LEAD_TO_MQL, new ReversePlan.RateUsed(2 / 3.0, "history")),
                        Map.entry(ChainRate.MQL_TO_SAL, new ReversePlan.RateUsed(0.75, "history")),
                        Map.entry(ChainRate.SAL_TO_SQL, new ReversePlan.RateUsed(5 / 6.0, "history")),
                        Map.entry(ChainRate.SQL_TO_OPPORTUNITY, new ReversePlan.RateUsed(0.6, "history")),
                        Map.entry(ChainRate.WIN_RATE, new ReversePlan.RateUsed(0.4, "history")),
                        Map.entry(ChainRate.AVERAGE_DEAL_SIZE, new ReversePlan.RateUsed(1_250_000, "history")));
        // won = ceil(11,000,000 / 1,250,000 = 8.8) = 9; opportunity = ceil(9 / (2/5) = 22.5) = 23;
        // sql = ceil(23 / (3/5) = 38.33…) = 39; sal = ceil(39 / (5/6) = 46.8) = 47; mql = ceil(47 / (3/4) = 62.66…) =
        // 63;
        // lead = ceil(63 / (2/3) = 94.5) = 95
        assertThat(plan.required())
                .containsExactly(
                        Map.entry(TargetMetric.LEAD, 95L),
                        Map.entry(TargetMetric.MQL, 63L),
                        Map.entry(TargetMetric.SAL, 47L),
                        Map.entry(TargetMetric.SQL, 39L),
                        Map.entry(TargetMetric.OPPORTUNITY, 23L),
                        Map.entry(TargetMetric.WON, 9L));
        assertThat(plan.departments())
                .extracting(ReversePlan.DepartmentTargets::targets)
                .containsExactly(
                        Map.of(TargetMetric.LEAD, 95L, TargetMetric.MQL, 63L),
                        Map.of(TargetMetric.SAL, 47L, TargetMetric.SQL, 39L),
                        Map.of(TargetMetric.OPPORTUNITY, 23L, TargetMetric.WON, 9L, TargetMetric.REVENUE, 11_000_000L),
                        plan.departments().get(3).targets());
        // nobody had MRR at 2009-07-01: Customer Success's NRR and logo churn of the history are undefined
        assertThat(plan.departments().get(3).targets())
                .containsOnlyKeys(TargetMetric.NRR, TargetMetric.LOGO_CHURN)
                .containsEntry(TargetMetric.NRR, null)
                .containsEntry(TargetMetric.LOGO_CHURN, null);

        mvc.perform(post("/api/v1/kpi/plans/reverse")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"revenueTarget": 11000000, "from": "2010-04-01", "to": "2010-07-01"}
                                """)
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.historyFrom").value("2009-07-01"))
                .andExpect(jsonPath("$.rates.salToSql.value").value(5 / 6.0))
                .andExpect(jsonPath("$.rates.salToSql.source").value("history"))
                .andExpect(jsonPath("$.required.LEAD").value(95))
                .andExpect(jsonPath("$.required.SQL").value(39));
    }

    @Test
    void thePlanPageShowsTheHistoryRatesWithTheirMonthsAndWhatTheyRequire() throws Exception {
        history.today("2010-01-15T12:00");
        String page = mvc.perform(post("/plan")
                        .param("revenueTarget", "11000000")
                        .param("from", "2010-04-01")
                        .param("to", "2010-07-01")
                        .with(user(users.signedIn(TestUsers.EXECUTIVE)))
                        .with(csrf())
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("実績の期間：2009/07/01〜2010/01/01（終了日を含まない）");
        // 8/12, 6/8, 5/6, 3/5, 2/5 as percentages with one decimal; ¥2,500,000 / 2
        assertThat(text(page, "data-testid=\"plan-rates\"", "</tbody>"))
                .isEqualTo("リード→MQL転換率 66.7% 過去の実績 MQL→SAL転換率 75.0% 過去の実績 SAL→SQL転換率 83.3% 過去の実績"
                        + " SQL→商談転換率 60.0% 過去の実績 受注率 40.0% 過去の実績 平均受注額 ¥1,250,000 過去の実績");
        // the required counts and department targets worked out in
        // ratesNotOverriddenComeFromTheTrailingSixMonthsOfHistory;
        // Customer Success's undefined NRR and logo churn show as dashes, not 0
        assertThat(text(page, "data-testid=\"plan-departments\"", "</tbody>"))
                .isEqualTo("部門 指標 期間合計 マーケティング リード数 95 MQL数 63 インサイドセールス SAL数 47 SQL数 39"
                        + " フィールドセールス 商談数 23 受注数 9 新規売上 ¥11,000,000 カスタマーサクセス NRR — 顧客解約率 —");
    }

    @Test
    void aRateOfZeroMakesThePlanInfeasibleAndTheAnswerNamesIt() throws Exception {
        assertThatThrownBy(() -> planner.plan(
                        1_000_000,
                        MARCH,
                        Map.of("averageDealSize", new BigDecimal("500000"), "winRate", BigDecimal.ZERO)))
                .isInstanceOf(KpiRuleBroken.class)
                .extracting(e -> ((KpiRuleBroken) e).field())
                .isEqualTo("winRate");
        mvc.perform(post("/api/v1/kpi/plans/reverse")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"revenueTarget": 1000000, "from": "2027-01-01", "to": "2027-02-01",
                                 "rates": {"averageDealSize": 500000, "winRate": 0.3, "sqlToOpportunity": 0}}
                                """)
                        .header("Accept-Language", "ja")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("sqlToOpportunity"))
                .andExpect(jsonPath("$.detail").value("SQL→商談転換率が0か、過去の実績がないため、計画を逆算できません。SQL→商談転換率を指定してください。"));
    }

    @Test
    void theBottleneckIsTheFactorWhosePlanValueWouldAddTheMostRevenue() {
        Bottleneck bottleneck = bottlenecks.bottleneck(MARCH);
        assertThat(bottleneck.plannedRevenue()).isEqualTo(1_000_000);
        assertThat(bottleneck.actualRevenue()).isEqualTo(400_000);
        // lead at plan: 10 × 0.5 × 1 × 0.25 × 1 × 0.5 × 800,000 = 500,000 → +100,000
        // SAL→SQL at plan: 8 × 0.5 × 1 × 0.5 × 1 × 0.5 × 800,000 = 800,000 → +400,000
        // deal size at plan: 8 × 0.5 × 1 × 0.25 × 1 × 0.5 × 1,000,000 = 500,000 → +100,000
        // the others are at or above plan → 0
        assertThat(bottleneck.factors())
                .extracting(Bottleneck.Factor::impact)
                .containsExactly(100_000L, 0L, 0L, 400_000L, 0L, 0L, 100_000L);
        assertThat(bottleneck.bottleneck().factor()).isEqualTo("salToSql");
        assertThat(bottleneck.bottleneck().owner()).isEqualTo(Department.INSIDE_SALES);
        assertThat(bottleneck.factors().get(3).plan()).isEqualTo(0.5);
        assertThat(bottleneck.factors().get(3).actual()).isEqualTo(0.25);
    }

    @Test
    void theCompanyDashboardNamesTheBottleneckInOneSentenceWithItsFactors() throws Exception {
        String page = mvc.perform(get("/dashboard")
                        .param("from", "2015-03-01")
                        .param("to", "2015-04-01")
                        .with(user(users.signedIn(TestUsers.MARKETING_MEMBER)))
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the impacts worked out above: SAL→SQL at plan would add ¥400,000, the largest
        assertThat(text(page, "<p class=\"figure\" data-testid=\"bottleneck-sentence\"", "</p>"))
                .isEqualTo("ボトルネックはSAL→SQL転換率（インサイドセールス）です。計画どおりなら新規売上は¥400,000多くなっていました。");
        assertThat(text(page, "<p class=\"muted\"", "</p>", page.indexOf("data-testid=\"bottleneck-sentence\"")))
                .isEqualTo("計画の新規売上 ¥1,000,000／実績から見込まれる新規売上 ¥400,000");
        // each factor: plan, actual (see the class comment) and its impact
        assertThat(text(page, "<tbody>", "</tbody>", page.indexOf("data-testid=\"bottleneck-factors\"")))
                .isEqualTo("リード数 マーケティング 10 8 ¥100,000"
                        + " リード→MQL転換率 マーケティング 50.0% 50.0% ¥0"
                        + " MQL→SAL転換率 インサイドセールス 80.0% 100.0% ¥0"
                        + " SAL→SQL転換率 インサイドセールス 50.0% 25.0% ¥400,000"
                        + " SQL→商談転換率 フィールドセールス 100.0% 100.0% ¥0"
                        + " 受注率 フィールドセールス 50.0% 50.0% ¥0"
                        + " 平均受注額 フィールドセールス ¥1,000,000 ¥800,000 ¥100,000");
    }

    /** The text between the first start marker (at or after a position) and the end marker, tags removed. */
    private static String text(String html, String start, String end, int from) {
        int at = html.indexOf(start, from);
        assertThat(at).as(start).isNotNegative();
        return html.substring(at + start.length(), html.indexOf(end, at))
                .replaceFirst("^[^>]*>", "")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String text(String html, String start, String end) {
        return text(html, start, end, 0);
    }

    @Test
    void aWindowWithoutTargetsHasNoBottleneck() throws Exception {
        mvc.perform(get("/api/v1/kpi/bottleneck")
                        .param("from", "2014-01-01")
                        .param("to", "2014-02-01")
                        .header("Accept-Language", "en")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("This window has no plan (no Leads target), so there is no bottleneck to"
                                + " find. Set the targets first."));
    }

    @Test
    void aManagerSetsTheTargetsOfTheirDepartmentOnly() {
        YearMonth month = YearMonth.of(2014, 6);
        SignedInUser marketingManager = users.signedIn(TestUsers.MARKETING_MANAGER);
        targets.set(month, TargetMetric.MQL, BigDecimal.valueOf(120), null, marketingManager);
        assertThat(targets.between(month, month))
                .extracting(Target::metric, Target::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetMetric.MQL, BigDecimal.valueOf(120)));
        assertThatThrownBy(() -> targets.set(month, TargetMetric.SAL, BigDecimal.TEN, null, marketingManager))
                .isInstanceOf(KpiRuleBroken.class)
                .hasMessage("kpi.target.notYours");
        SignedInUser member = new SignedInUser(users.fresh(Role.MEMBER, Department.MARKETING), null);
        assertThatThrownBy(() -> targets.set(month, TargetMetric.LEAD, BigDecimal.TEN, null, member))
                .isInstanceOf(KpiRuleBroken.class)
                .hasMessage("kpi.target.notYours");
    }

    @Test
    void aStaleTargetChangeIsRefusedAndTheFirstOneStays() throws Exception {
        YearMonth month = YearMonth.of(2014, 7);
        SignedInUser executive = users.signedIn(TestUsers.EXECUTIVE);
        targets.set(month, TargetMetric.LEAD, BigDecimal.valueOf(500), null, executive);
        targets.set(month, TargetMetric.LEAD, BigDecimal.valueOf(600), 0, executive);
        mvc.perform(put("/api/v1/kpi/targets/2014-07/LEAD")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 700, \"version\": 0}")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/kpi/targets/2014-07/LEAD")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 12.5, \"version\": 1}")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(targets.between(month, month).get(0).value()).isEqualTo(BigDecimal.valueOf(600));
        mvc.perform(get("/api/v1/kpi/targets")
                        .param("from", "2014-07")
                        .param("to", "2014-07")
                        .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].metric").value("LEAD"))
                .andExpect(jsonPath("$[0].value").value(600))
                .andExpect(jsonPath("$[0].version").value(1));
    }

    @Test
    void aTargetCarriesAlongTheChainWithTheHistoryRates() throws Exception {
        history.today("2010-01-15T12:00");
        // rates of July–December 2009: 2/3, 3/4, 5/6, 3/5, w 2/5, A ¥1,250,000.
        // upstream, what 100 SQLs need: SAL = ceil(100 / (5/6)) = 120 exactly (a rounded 0.8333… would ask 121);
        // MQL = ceil(120 / (3/4)) = 160; LEAD = ceil(160 / (2/3)) = 240.
        // downstream, what they should yield: OPPORTUNITY = 100 × 3/5 = 60; WON = 60 × 2/5 = 24;
        // REVENUE = 24 × 1,250,000 = 30,000,000
        assertThat(shown(targets.derive(TargetMetric.SQL, BigDecimal.valueOf(100))))
                .containsExactly(
                        Map.entry(TargetMetric.LEAD, "240"),
                        Map.entry(TargetMetric.MQL, "160"),
                        Map.entry(TargetMetric.SAL, "120"),
                        Map.entry(TargetMetric.SQL, "100"),
                        Map.entry(TargetMetric.OPPORTUNITY, "60"),
                        Map.entry(TargetMetric.WON, "24"),
                        Map.entry(TargetMetric.REVENUE, "30000000"));
        mvc.perform(get("/api/v1/kpi/targets/derive")
                        .param("metric", "SQL")
                        .param("value", "100")
                        .with(httpBasic(TestUsers.INSIDE_SALES_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.LEAD").value(240))
                .andExpect(jsonPath("$.SAL").value(120))
                .andExpect(jsonPath("$.REVENUE").value(30_000_000));
    }

    @Test
    void aRevenueTargetCarriesBackToLeadsAsReversePlanningDoes() {
        history.today("2010-01-15T12:00");
        // REVENUE 11,000,000 → WON ceil(8.8) = 9 → OPPORTUNITY ceil(22.5) = 23 → SQL ceil(38.33…) = 39
        // → SAL ceil(46.8) = 47 → MQL ceil(62.66…) = 63 → LEAD ceil(94.5) = 95, the reverse plan's own figures
        assertThat(shown(targets.derive(TargetMetric.REVENUE, BigDecimal.valueOf(11_000_000))))
                .containsExactly(
                        Map.entry(TargetMetric.LEAD, "95"),
                        Map.entry(TargetMetric.MQL, "63"),
                        Map.entry(TargetMetric.SAL, "47"),
                        Map.entry(TargetMetric.SQL, "39"),
                        Map.entry(TargetMetric.OPPORTUNITY, "23"),
                        Map.entry(TargetMetric.WON, "9"),
                        Map.entry(TargetMetric.REVENUE, "11000000"));
    }

    @Test
    void aDownstreamTargetIsRoundedHalfUpFromTheExactProduct() {
        history.today("2010-01-15T12:00");
        // 3 SALs at 5/6 yield exactly 2.5 SQLs, rounded half up to 3 (0.8333333333333333 × 3 = 2.4999… would give 2);
        // OPPORTUNITY = 3 × 3/5 = 1.8 → 2; WON = 2 × 2/5 = 0.8 → 1; REVENUE = 1 × 1,250,000.
        // upstream: MQL = ceil(3 / (3/4)) = 4; LEAD = ceil(4 / (2/3)) = 6
        assertThat(shown(targets.derive(TargetMetric.SAL, BigDecimal.valueOf(3))))
                .containsExactly(
                        Map.entry(TargetMetric.LEAD, "6"),
                        Map.entry(TargetMetric.MQL, "4"),
                        Map.entry(TargetMetric.SAL, "3"),
                        Map.entry(TargetMetric.SQL, "3"),
                        Map.entry(TargetMetric.OPPORTUNITY, "2"),
                        Map.entry(TargetMetric.WON, "1"),
                        Map.entry(TargetMetric.REVENUE, "1250000"));
    }

    private static Map<TargetMetric, String> shown(Map<TargetMetric, BigDecimal> derived) {
        Map<TargetMetric, String> shown = new java.util.EnumMap<>(TargetMetric.class);
        derived.forEach(
                (metric, value) -> shown.put(metric, value.stripTrailingZeros().toPlainString()));
        return shown;
    }

    @Test
    void onlyAdminsRebuildTheReadModels() throws Exception {
        mvc.perform(post("/api/v1/kpi/rebuild").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/kpi/rebuild").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
    }
}
