package dev.tasuki.kpi.web;

import static dev.tasuki.kpi.web.DashboardPagesTests.row;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.LeadSource;

/**
 * The department dashboards, the cohort table and handoff quality on three hand-made leads of June 2011 (Tokyo time),
 * each handed from Marketing to Inside Sales with a 24-hour SLA:
 *
 * <pre>
 * H1 WEBINAR created 06-01 10:00, MQL 06-01 11:00, sent 11:00, accepted 06-01 13:00 (2 h: SLA met), SAL 13:00
 * H2 WEBINAR created 06-02 10:00, MQL 06-02 11:00, sent 11:00, rejected NO_BUDGET 06-03 12:00 (25 h: missed), RECYCLED
 * H3 INQUIRY created 06-03 10:00, MQL 06-03 11:00, sent 11:00, still pending (past due: missed)
 * </pre>
 */
@IntegrationTest
@Import(DashboardData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelayDashboardsTests {

    private static final String JUNE = "from=2011-06-01&to=2011-07-01";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DashboardData data;

    @Autowired
    TestUsers users;

    @BeforeAll
    void leads() {
        data.leadHandedOff(
                LeadSource.WEBINAR,
                "2011-06-01T11:00",
                HandoffStatus.ACCEPTED,
                "2011-06-01T13:00",
                null,
                LEAD,
                "2011-06-01T10:00",
                MQL,
                "2011-06-01T11:00",
                SAL,
                "2011-06-01T13:00");
        data.leadHandedOff(
                LeadSource.WEBINAR,
                "2011-06-02T11:00",
                HandoffStatus.REJECTED,
                "2011-06-03T12:00",
                "NO_BUDGET",
                LEAD,
                "2011-06-02T10:00",
                MQL,
                "2011-06-02T11:00",
                RECYCLED,
                "2011-06-03T12:00");
        data.leadHandedOff(
                LeadSource.INQUIRY,
                "2011-06-03T11:00",
                HandoffStatus.PENDING,
                null,
                null,
                LEAD,
                "2011-06-03T10:00",
                MQL,
                "2011-06-03T11:00");
        data.rebuild();
    }

    private String page(String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri)
                        .with(user(users.signedIn(TestUsers.INSIDE_SALES_MEMBER)))
                        .header("Accept-Language", "ja"))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String csv(String uri) throws Exception {
        return new String(
                mvc.perform(MockMvcRequestBuilders.get(uri)
                                .with(user(users.signedIn(TestUsers.INSIDE_SALES_MEMBER)))
                                .header("Accept-Language", "ja"))
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void marketingSeesItsLeadsAndHowInsideSalesAnsweredItsMqls() throws Exception {
        String page = page("/dashboard/marketing?" + JUNE);
        // 3 leads created in June, all 3 reached MQL (3/3 = 100.0%)
        assertThat(row(page, "data-figure=\"リードに到達\"")).isEqualTo("リードに到達 3");
        assertThat(row(page, "data-figure=\"MQLに到達\"")).isEqualTo("MQLに到達 3");
        assertThat(row(page, "data-figure=\"リード→MQL\"")).isEqualTo("リード→MQL 100.0%");
        // Inside Sales answered: 3 sent, 1 accepted, 1 rejected, 1 pending; acceptance 1 / (1 + 1) = 50.0%
        assertThat(page).contains("インサイドセールスの回答");
        assertThat(row(page, "data-figure=\"受け入れ率\"")).isEqualTo("受け入れ率 50.0%");
        assertThat(row(page, "data-figure=\"未回答\"")).isEqualTo("未回答 1");
        assertThat(page).contains("予算なし");

        assertThat(csv("/dashboard/marketing.csv?" + JUNE).split("\r\n"))
                .contains(
                        "\uFEFF区分,指標,値",
                        "マーケティングの成果,リードに到達,3",
                        "マーケティングの成果,リード→MQL,100.0",
                        "却下理由（マーケティング → インサイドセールス）,予算なし,1");
    }

    @Test
    void insideSalesSeesItsSupplyAndTheSlaOfItsAnswers() throws Exception {
        String page = page("/dashboard/inside-sales?" + JUNE);
        // SAL: H1 only; SLA met: H1 answered in 2 h of 24; H2 in 25 h, H3 past due: 1/3 = 33.3%; median response of
        // the answered: 2 h and 25 h → 13.5 h
        assertThat(row(page, "data-figure=\"SALに到達\"")).isEqualTo("SALに到達 1");
        assertThat(row(page, "data-figure=\"SLA達成率\"")).isEqualTo("SLA達成率 33.3%");
        assertThat(row(page, "data-figure=\"MQLへの回答時間（時間、中央値）\"")).isEqualTo("MQLへの回答時間（時間、中央値） 13.5");
    }

    @Test
    void theCohortTableShowsHowFarJunesLeadsGotAndHowFast() throws Exception {
        String page = page("/dashboard/cohorts?" + JUNE);
        // June: 3 leads, 3 MQL (100.0%), 1 SAL (1/3 = 33.3%), none further; LEAD→MQL took 1 h each: 1/24 = 0.04 days;
        // MQL→SAL 2 h (H1): 0.08 days
        assertThat(row(page, "data-cohort=\"2011-06\""))
                .isEqualTo("2011-06 3 3 (100.0%) 1 (33.3%) 0 (0.0%) 0 (0.0%) 0 (0.0%)");
        assertThat(row(page, "data-velocity=\"2011-06\"")).isEqualTo("2011-06 0.04 0.08 — — —");
        assertThat(csv("/dashboard/cohorts.csv?" + JUNE).split("\r\n"))
                .contains("2011-06,3,3,1,0,0,0,100.0,100.0,33.3,0.0,0.0,0.0,0.04,0.08,,,");
    }

    @Test
    void handoffQualityBreaksTheAnswersDownBySource() throws Exception {
        String page = page("/dashboard/handoffs?" + JUNE + "&by=source");
        // WEBINAR: 2 sent, 1 accepted, 1 rejected (50.0%), SLA 1 of 2 (50.0%); INQUIRY: 1 pending, SLA 0 of 1;
        // total: 3 sent, 50.0% accepted, SLA 1 of 3 = 33.3%
        assertThat(row(page, "data-line=\"ウェビナー/MKT_IS\""))
                .isEqualTo("ウェビナー マーケティング → インサイドセールス 2 1 1 0 50.0% 50.0% 予算なし 1");
        assertThat(row(page, "data-line=\"問い合わせ/MKT_IS\"")).isEqualTo("問い合わせ マーケティング → インサイドセールス 1 0 0 1 — 0.0%");
        assertThat(row(page, "data-line=\"合計/MKT_IS\"")).isEqualTo("合計 マーケティング → インサイドセールス 3 1 1 1 50.0% 33.3% 予算なし 1");
        assertThat(csv("/dashboard/handoffs.csv?" + JUNE + "&by=source").split("\r\n"))
                .contains(
                        "ウェビナー,マーケティング → インサイドセールス,2,1,1,0,50.0,50.0,予算なし 1",
                        "合計,マーケティング → インサイドセールス,3,1,1,1,50.0,33.3,予算なし 1");
    }

    @Test
    void anEmptyWindowShowsDashesNotErrorsOnEveryDepartmentDashboard() throws Exception {
        // January 2010 has no leads, handoffs, deals or MRR movements: ratios and medians are undefined
        String window = "from=2010-01-01&to=2010-02-01";
        String fieldSales = page("/dashboard/field-sales?" + window);
        assertThat(row(fieldSales, "data-figure=\"受注率\"")).isEqualTo("受注率 —");
        assertThat(row(fieldSales, "data-figure=\"受注数\"")).isEqualTo("受注数 0");
        String customerSuccess = page("/dashboard/customer-success?" + window);
        assertThat(row(customerSuccess, "data-figure=\"NRR\"")).isEqualTo("NRR —");
        assertThat(row(customerSuccess, "data-figure=\"新規MRR\"")).isEqualTo("新規MRR ¥0");
        assertThat(page("/dashboard/handoffs?" + window)).contains("この期間に送られた引き継ぎはありません。");
    }

    @Test
    void anUnknownDepartmentIsNotFound() throws Exception {
        assertThat(mvc.perform(
                        MockMvcRequestBuilders.get("/dashboard/sales").with(user(users.signedIn(TestUsers.ADMIN)))))
                .hasStatus(404);
    }
}
