package dev.tasuki.kpi.web;

import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.kpi.Targets;
import dev.tasuki.relay.LeadSource;

/**
 * The company dashboard and the targets page on four hand-made leads of spring 2012 (Tokyo time):
 *
 * <pre>
 * L1 WEBINAR created 03-01 10:00, MQL 03-02 10:00, SAL 03-03 10:00, SQL 03-05 10:00, OPPORTUNITY 03-09 10:00
 * L2 WEBINAR created 03-10 09:00, MQL 03-11 09:00, SAL 03-13 09:00
 * L3 INQUIRY created 03-15 12:00, MQL 03-16 12:00
 * L4 INQUIRY created 04-02 12:00
 * </pre>
 */
@IntegrationTest
@Import(DashboardData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTests {

    private static final String SPRING = "from=2012-03-01&to=2012-05-01";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DashboardData data;

    @Autowired
    TestUsers users;

    @Autowired
    Targets targets;

    @BeforeAll
    void leads() {
        data.lead(
                LeadSource.WEBINAR,
                LEAD,
                "2012-03-01T10:00",
                MQL,
                "2012-03-02T10:00",
                SAL,
                "2012-03-03T10:00",
                SQL,
                "2012-03-05T10:00",
                OPPORTUNITY,
                "2012-03-09T10:00");
        data.lead(LeadSource.WEBINAR, LEAD, "2012-03-10T09:00", MQL, "2012-03-11T09:00", SAL, "2012-03-13T09:00");
        data.lead(LeadSource.INQUIRY, LEAD, "2012-03-15T12:00", MQL, "2012-03-16T12:00");
        data.lead(LeadSource.INQUIRY, LEAD, "2012-04-02T12:00");
        data.rebuild();
        // March's plan for Marketing: 6 leads, 4 MQLs
        targets.set(
                YearMonth.of(2012, 3),
                TargetMetric.LEAD,
                BigDecimal.valueOf(6),
                null,
                users.signedIn(TestUsers.EXECUTIVE));
        targets.set(
                YearMonth.of(2012, 3),
                TargetMetric.MQL,
                BigDecimal.valueOf(4),
                null,
                users.signedIn(TestUsers.EXECUTIVE));
    }

    private MvcTestResult get(String email, String uri) {
        return mvc.perform(as(email, MockMvcRequestBuilders.get(uri)));
    }

    private MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    /** The text of the table row marked with the attribute, tags removed and spaces collapsed. */
    static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as("row " + marker).isNotNegative();
        String row = html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
        return row.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void theCompanyDashboardShowsTheFunnelOfTheLeadsCreatedInTheWindow() throws Exception {
        String page = get(TestUsers.MARKETING_MEMBER, "/dashboard?" + SPRING)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // cohort March–April: 4 leads; 3 reached MQL (3/4 = 75.0%), 2 SAL (2/3 = 66.7%), 1 SQL (1/2 = 50.0%),
        // 1 opportunity (1/1 = 100.0%), no customer (0/1 = 0.0%). Median days: LEAD→MQL 1, 1, 1 → 1;
        // MQL→SAL 1 (L1) and 2 (L2) → 1.5; SAL→SQL 2; SQL→OPPORTUNITY 4
        assertThat(row(page, "data-stage=\"LEAD\"")).isEqualTo("リード 4 75.0% 1");
        assertThat(row(page, "data-stage=\"MQL\"")).isEqualTo("MQL 3 66.7% 1.5");
        assertThat(row(page, "data-stage=\"SAL\"")).isEqualTo("SAL 2 50.0% 2");
        assertThat(row(page, "data-stage=\"SQL\"")).isEqualTo("SQL 1 100.0% 4");
        assertThat(row(page, "data-stage=\"OPPORTUNITY\"")).isEqualTo("商談 1 0.0% —");
        assertThat(row(page, "data-stage=\"CUSTOMER\"")).isEqualTo("顧客 0 — —");
        assertThat(page)
                .contains("data-kpi-chart=")
                .contains("/dashboard/funnel.csv?from=2012-03-01&amp;to=2012-05-01");
        // the chain: March's targets 6 leads and 4 MQLs against the first entries of March–April: 4 leads (4/6 = 66.7%)
        // and 3 MQLs (3/4 = 75.0%)
        assertThat(row(page, "data-metric=\"LEAD\"")).isEqualTo("マーケティング リード数 6 4 66.7%");
        assertThat(row(page, "data-metric=\"MQL\"")).isEqualTo("MQL数 4 3 75.0%");
        // no SAL target: no plan, so no bottleneck, and a way to set one
        assertThat(page).contains("SAL数の目標").contains("/targets?start=2012-03");
        assertThat(page).contains("data-testid=\"tile-nps\">—</p>");
    }

    @Test
    void theFunnelFollowsTheSourceFilterOnThePageAndInTheCsv() throws Exception {
        String page = get(TestUsers.MARKETING_MEMBER, "/dashboard?" + SPRING + "&source=INQUIRY")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // INQUIRY: L3 (MQL) and L4: 2 leads, 1 MQL (1/2 = 50.0%), nothing further
        assertThat(row(page, "data-stage=\"LEAD\"")).isEqualTo("リード 2 50.0% 1");
        assertThat(row(page, "data-stage=\"MQL\"")).isEqualTo("MQL 1 0.0% —");

        var csv = get(TestUsers.MARKETING_MEMBER, "/dashboard/funnel.csv?" + SPRING + "&source=INQUIRY")
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8)
                        .substring(1)
                        .split("\r\n"))
                .containsExactly(
                        "段階,件数,次の段階への転換率,次の段階までの日数（中央値）",
                        "リード,2,50.0,1.0",
                        "MQL,1,0.0,",
                        "SAL,0,,",
                        "SQL,0,,",
                        "商談,0,,",
                        "顧客,0,,");
    }

    @Test
    void theTargetsPageShowsPlanAgainstActualPerMonthAndItsCsv() throws Exception {
        String page = get(TestUsers.FIELD_SALES_MEMBER, "/targets?start=2012-03")
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String planVsActual = page.substring(page.indexOf("data-testid=\"plan-vs-actual\""));
        // March: 6 leads planned, 3 first entered LEAD in March (3/6 = 50.0%); 4 MQLs planned, 3 (75.0%).
        // April: no targets, 1 lead.
        assertThat(row(planVsActual, "data-metric=\"LEAD\"")).startsWith("リード数 6 3 50.0% — 1 —");
        assertThat(row(planVsActual, "data-metric=\"MQL\"")).startsWith("MQL数 4 3 75.0% — 0 —");
        // a Field Sales member reads the targets but has no box to change them
        assertThat(page).doesNotContain("name=\"value\"");

        String csv = new String(
                get(TestUsers.FIELD_SALES_MEMBER, "/targets/plan-vs-actual.csv?start=2012-03")
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n"))
                .contains(
                        "\uFEFF月,部門,指標,目標,実績,達成率",
                        "2012-03,マーケティング,リード数,6,3,50.0",
                        "2012-03,マーケティング,MQL数,4,3,75.0",
                        "2012-04,マーケティング,リード数,,1,");
    }

    @Test
    void aMemberCannotSetATargetAndNothingChanges() throws Exception {
        var refused = mvc.perform(as(TestUsers.MARKETING_MEMBER, MockMvcRequestBuilders.post("/targets/2012-07/LEAD"))
                .param("value", "10")
                .header("HX-Request", "true"));
        assertThat(refused).bodyText().contains("この目標を設定できるのは、担当部門のマネージャー、経営者、管理者です。");
        assertThat(targets.between(YearMonth.of(2012, 7), YearMonth.of(2012, 7)))
                .isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsWhatTheUserTyped() throws Exception {
        var first = mvc.perform(as(TestUsers.MARKETING_MANAGER, MockMvcRequestBuilders.post("/targets/2012-08/LEAD"))
                .param("value", "100")
                .header("HX-Request", "true"));
        assertThat(first).bodyText().contains("保存しました").contains("value=\"100\"");
        // a second manager's page still showed no target (no version) when they typed 120
        var stale = mvc.perform(as(TestUsers.MARKETING_MANAGER, MockMvcRequestBuilders.post("/targets/2012-08/LEAD"))
                .param("value", "120")
                .header("HX-Request", "true"));
        assertThat(stale)
                .bodyText()
                .contains("この目標は他のユーザーが先に変更しました。")
                .contains("value=\"120\"")
                .doesNotContain("保存しました");
        assertThat(targets.between(YearMonth.of(2012, 8), YearMonth.of(2012, 8)))
                .singleElement()
                .satisfies(target -> assertThat(target.value()).isEqualByComparingTo("100"));
    }

    @Test
    void aReversePlanNamesTheRateThatMakesItInfeasibleAndSavesItsFiguresAsMonthlyTargets() throws Exception {
        var infeasible = mvc.perform(as(TestUsers.EXECUTIVE, MockMvcRequestBuilders.post("/plan"))
                .param("revenueTarget", "1000000")
                .param("from", "2031-01-01")
                .param("to", "2031-03-01")
                .param("leadToMql", "0")
                .param("mqlToSal", "50")
                .param("salToSql", "50")
                .param("sqlToOpportunity", "50")
                .param("winRate", "50")
                .param("averageDealSize", "500000"));
        assertThat(infeasible).bodyText().contains("リード→MQL転換率が0か");

        String shown = mvc.perform(as(TestUsers.EXECUTIVE, MockMvcRequestBuilders.post("/plan"))
                        .param("revenueTarget", "1000000")
                        .param("from", "2031-01-01")
                        .param("to", "2031-03-01")
                        .param("leadToMql", "10")
                        .param("mqlToSal", "50")
                        .param("salToSql", "50")
                        .param("sqlToOpportunity", "50")
                        .param("winRate", "50")
                        .param("averageDealSize", "300000"))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // see below for the arithmetic
        assertThat(row(shown, "data-stage=\"LEAD\"")).isEqualTo("リード数 640");
        assertThat(row(shown, "data-stage=\"WON\"")).isEqualTo("受注数 4");
        assertThat(row(shown, "data-rate=\"leadToMql\"")).isEqualTo("リード→MQL転換率 10.0% 入力値");
        assertThat(row(shown, "data-rate=\"averageDealSize\"")).isEqualTo("平均受注額 ¥300,000 入力値");

        var saved = mvc.perform(as(TestUsers.EXECUTIVE, MockMvcRequestBuilders.post("/plan/save"))
                .param("revenueTarget", "1000000")
                .param("from", "2031-01-01")
                .param("to", "2031-03-01")
                .param("leadToMql", "10")
                .param("mqlToSal", "50")
                .param("salToSql", "50")
                .param("sqlToOpportunity", "50")
                .param("winRate", "50")
                .param("averageDealSize", "300000"));
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/targets?start=2031-01");
        // won = ceil(1,000,000 / 300,000) = 4, opportunity = 4 / 0.5 = 8, SQL 16, SAL 32, MQL 64, lead 64 / 0.1 = 640;
        // per month of two: 320 leads, 32 MQLs, 16 SAL, 8 SQL, 4 opportunities, 2 won, 500,000 yen
        assertThat(targets.between(YearMonth.of(2031, 2), YearMonth.of(2031, 2)))
                .filteredOn(target -> !target.metric().isRatio())
                .extracting(target -> target.metric() + "="
                        + target.value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        "LEAD=320", "MQL=32", "SAL=16", "SQL=8", "OPPORTUNITY=4", "WON=2", "REVENUE=500000");
    }

    @Test
    void membersCannotOpenReversePlanning() throws Exception {
        assertThat(get(TestUsers.MARKETING_MEMBER, "/plan")).hasStatus(403);
        assertThat(get(TestUsers.MARKETING_MANAGER, "/plan")).hasStatusOk();
    }
}
