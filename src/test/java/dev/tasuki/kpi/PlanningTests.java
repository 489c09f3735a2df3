package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

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
    FunnelReport funnel;

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
        Map.of(TargetMetric.LEAD, 10, TargetMetric.MQL, 5, TargetMetric.SAL, 4, TargetMetric.SQL, 2,
                TargetMetric.OPPORTUNITY, 2, TargetMetric.WON, 1, TargetMetric.REVENUE, 1_000_000)
                .forEach((metric, value) -> targets.set(march, metric, BigDecimal.valueOf(value), null, executive));
    }

    @Test
    void reversePlanningWorksBackFromRevenueWithCeilingsAtEachStep() {
        ReversePlan plan = planner.plan(10_000_000, new Window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)),
                Map.of("averageDealSize", new BigDecimal("500000"), "winRate", new BigDecimal("0.25"),
                        "sqlToOpportunity", new BigDecimal("0.8"), "salToSql", new BigDecimal("0.5"),
                        "mqlToSal", new BigDecimal("0.9"), "leadToMql", new BigDecimal("0.3")));
        // won = ceil(10,000,000 / 500,000) = 20; opportunity = ceil(20 / 0.25) = 80; sql = ceil(80 / 0.8) = 100;
        // sal = ceil(100 / 0.5) = 200; mql = ceil(200 / 0.9 = 222.2…) = 223; lead = ceil(223 / 0.3 = 743.3…) = 744
        assertThat(plan.required()).containsExactly(Map.entry("LEAD", 744L), Map.entry("MQL", 223L),
                Map.entry("SAL", 200L), Map.entry("SQL", 100L), Map.entry("OPPORTUNITY", 80L), Map.entry("WON", 20L));
        assertThat(plan.rates().get("winRate")).isEqualTo(new ReversePlan.RateUsed(0.25, "override"));
        assertThat(plan.departments()).extracting(ReversePlan.DepartmentTargets::department)
                .containsExactly(Department.MARKETING, Department.INSIDE_SALES, Department.FIELD_SALES, Department.CUSTOMER_SUCCESS);
        // one department's output is the next one's input: Marketing's MQL target is what Inside Sales receives
        assertThat(plan.departments().get(0).targets()).containsEntry("MQL", 223L);
        assertThat(plan.departments().get(2).targets()).containsEntry("REVENUE", 10_000_000L);
    }

    @Test
    void ratesNotOverriddenComeFromTheTrailingSixMonthsOfHistory() {
        ReversePlan plan = planner.plan(1_000_000, new Window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                Map.of("averageDealSize", new BigDecimal("500000"), "winRate", new BigDecimal("0.5")));
        Funnel trailing = funnel.funnel(new Window(plan.historyFrom(), plan.historyTo()), FunnelBasis.COHORT, LeadFilter.NONE, null);
        assertThat(plan.historyTo()).isEqualTo(plan.historyFrom().plusMonths(6));
        assertThat(plan.rates().get("leadToMql").source()).isEqualTo("history");
        assertThat(plan.rates().get("leadToMql").value()).isEqualTo(trailing.stages().get(0).conversionToNext());
    }

    @Test
    void aRateOfZeroMakesThePlanInfeasibleAndTheAnswerNamesIt() throws Exception {
        assertThatThrownBy(() -> planner.plan(1_000_000, MARCH, Map.of("averageDealSize", new BigDecimal("500000"),
                "winRate", BigDecimal.ZERO)))
                .isInstanceOf(KpiRuleBroken.class).extracting(e -> ((KpiRuleBroken) e).field()).isEqualTo("winRate");
        mvc.perform(post("/api/v1/kpi/plans/reverse").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"revenueTarget": 1000000, "from": "2027-01-01", "to": "2027-02-01",
                                 "rates": {"averageDealSize": 500000, "winRate": 0.3, "sqlToOpportunity": 0}}
                                """)
                        .header("Accept-Language", "ja").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("sqlToOpportunity"))
                .andExpect(jsonPath("$.detail").value(
                        "SQL→商談転換率が0か、過去の実績がないため、計画を逆算できません。SQL→商談転換率を指定してください。"));
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
        assertThat(bottleneck.factors()).extracting(Bottleneck.Factor::impact)
                .containsExactly(100_000L, 0L, 0L, 400_000L, 0L, 0L, 100_000L);
        assertThat(bottleneck.bottleneck().factor()).isEqualTo("salToSql");
        assertThat(bottleneck.bottleneck().owner()).isEqualTo(Department.INSIDE_SALES);
        assertThat(bottleneck.factors().get(3).plan()).isEqualTo(0.5);
        assertThat(bottleneck.factors().get(3).actual()).isEqualTo(0.25);
    }

    @Test
    void aWindowWithoutTargetsHasNoBottleneck() throws Exception {
        mvc.perform(get("/api/v1/kpi/bottleneck").param("from", "2014-01-01").param("to", "2014-02-01")
                        .header("Accept-Language", "en").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(
                        "This window has no plan (no Leads target), so there is no bottleneck to find. Set the targets first."));
    }

    @Test
    void aManagerSetsTheTargetsOfTheirDepartmentOnly() {
        YearMonth month = YearMonth.of(2014, 6);
        SignedInUser marketingManager = users.signedIn(TestUsers.MARKETING_MANAGER);
        targets.set(month, TargetMetric.MQL, BigDecimal.valueOf(120), null, marketingManager);
        assertThat(targets.between(month, month)).extracting(Target::metric, Target::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetMetric.MQL, BigDecimal.valueOf(120)));
        assertThatThrownBy(() -> targets.set(month, TargetMetric.SAL, BigDecimal.TEN, null, marketingManager))
                .isInstanceOf(KpiRuleBroken.class).hasMessage("kpi.target.notYours");
        SignedInUser member = new SignedInUser(users.fresh(Role.MEMBER, Department.MARKETING), null);
        assertThatThrownBy(() -> targets.set(month, TargetMetric.LEAD, BigDecimal.TEN, null, member))
                .isInstanceOf(KpiRuleBroken.class).hasMessage("kpi.target.notYours");
    }

    @Test
    void aStaleTargetChangeIsRefusedAndTheFirstOneStays() throws Exception {
        YearMonth month = YearMonth.of(2014, 7);
        SignedInUser executive = users.signedIn(TestUsers.EXECUTIVE);
        targets.set(month, TargetMetric.LEAD, BigDecimal.valueOf(500), null, executive);
        targets.set(month, TargetMetric.LEAD, BigDecimal.valueOf(600), 0, executive);
        mvc.perform(put("/api/v1/kpi/targets/2014-07/LEAD").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 700, \"version\": 0}").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/kpi/targets/2014-07/LEAD").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\": 12.5, \"version\": 1}").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        assertThat(targets.between(month, month).get(0).value()).isEqualTo(BigDecimal.valueOf(600));
        mvc.perform(get("/api/v1/kpi/targets").param("from", "2014-07").param("to", "2014-07")
                        .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].metric").value("LEAD"))
                .andExpect(jsonPath("$[0].value").value(600))
                .andExpect(jsonPath("$[0].version").value(1));
    }

    @Test
    void aTargetCarriesAlongTheChainWithTheHistoryRates() {
        Map<TargetMetric, BigDecimal> derived = targets.derive(TargetMetric.SQL, BigDecimal.valueOf(100));
        assertThat(derived).containsEntry(TargetMetric.SQL, BigDecimal.valueOf(100))
                .containsKeys(TargetMetric.LEAD, TargetMetric.MQL, TargetMetric.SAL, TargetMetric.OPPORTUNITY);
        // upstream: what 100 SQLs need; downstream: what they should yield
        assertThat(derived.get(TargetMetric.SAL)).isGreaterThanOrEqualTo(BigDecimal.valueOf(100));
        assertThat(derived.get(TargetMetric.OPPORTUNITY)).isLessThanOrEqualTo(BigDecimal.valueOf(100));
    }

    @Test
    void onlyAdminsRebuildTheReadModels() throws Exception {
        mvc.perform(post("/api/v1/kpi/rebuild").with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/kpi/rebuild").with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD)))
                .andExpect(status().isNoContent());
    }
}
