package dev.tasuki.kpi;

import static dev.tasuki.relay.HandoffKind.IS_FS;
import static dev.tasuki.relay.HandoffKind.MKT_IS;
import static dev.tasuki.relay.HandoffStatus.ACCEPTED;
import static dev.tasuki.relay.HandoffStatus.PENDING;
import static dev.tasuki.relay.HandoffStatus.REJECTED;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
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
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LeadSource;

/**
 * Handoff figures on hand-made handoffs of June 2018 (Tokyo time; MQL handoffs due in 24 h, SQL ones in 48 h):
 *
 * <pre>
 * H1 INQUIRY  MKT_IS sent 06-01 10:00, accepted 06-01 16:00 (6 h);  first IS call 06-01 10:30 (30 min)
 * H2 INQUIRY  MKT_IS sent 06-02 10:00, rejected 06-04 10:00 (48 h, NO_BUDGET); IS email 06-02 11:30 (90 min),
 *             before it a Marketing call at 10:05 and an IS note at 10:10, neither a touch by Inside Sales
 * H3 WEBINAR  MKT_IS sent 06-03 10:00, still pending (due 06-04 10:00, long past); IS call 06-03 14:00 (240 min)
 * H4 WEBINAR  MKT_IS sent 06-05 09:00, accepted 11:00 (2 h); IS_FS sent 06-10 10:00, accepted 06-11 10:00 (24 h)
 * H5 WEBINAR  MKT_IS sent 05-31 10:00 (May: outside the window)
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffFiguresTests {

    private static final Window JUNE = new Window(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    HandoffReport report;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void history() {
        long h1 = history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2018-06-01T09:00")
                .at(MQL, "2018-06-01T10:00")
                .at(SAL, "2018-06-01T16:00")
                .handoff(MKT_IS, "2018-06-01T10:00", 24, ACCEPTED, "2018-06-01T16:00", null)
                .create();
        long h2 = history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2018-06-02T09:00")
                .at(MQL, "2018-06-02T10:00")
                .at(RECYCLED, "2018-06-04T10:00")
                .handoff(MKT_IS, "2018-06-02T10:00", 24, REJECTED, "2018-06-04T10:00", "NO_BUDGET")
                .create();
        long h3 = history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2018-06-03T09:00")
                .at(MQL, "2018-06-03T10:00")
                .handoff(MKT_IS, "2018-06-03T10:00", 24, PENDING, null, null)
                .create();
        history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2018-06-05T08:00")
                .at(MQL, "2018-06-05T09:00")
                .at(SAL, "2018-06-05T11:00")
                .at(SQL, "2018-06-10T10:00")
                .at(OPPORTUNITY, "2018-06-11T10:00")
                .handoff(MKT_IS, "2018-06-05T09:00", 24, ACCEPTED, "2018-06-05T11:00", null)
                .handoff(IS_FS, "2018-06-10T10:00", 48, ACCEPTED, "2018-06-11T10:00", null)
                .create();
        history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2018-05-31T09:00")
                .at(MQL, "2018-05-31T10:00")
                .at(SAL, "2018-05-31T12:00")
                .handoff(MKT_IS, "2018-05-31T10:00", 24, ACCEPTED, "2018-05-31T12:00", null)
                .create();
        history.activity(
                h1,
                ActivityKind.CALL,
                KpiHistory.tokyo("2018-06-01T10:30"),
                TestUsers.INSIDE_SALES_MEMBER,
                Department.INSIDE_SALES);
        history.activity(
                h2,
                ActivityKind.CALL,
                KpiHistory.tokyo("2018-06-02T10:05"),
                TestUsers.MARKETING_MEMBER,
                Department.MARKETING);
        history.activity(
                h2,
                ActivityKind.NOTE,
                KpiHistory.tokyo("2018-06-02T10:10"),
                TestUsers.INSIDE_SALES_MEMBER,
                Department.INSIDE_SALES);
        history.activity(
                h2,
                ActivityKind.EMAIL,
                KpiHistory.tokyo("2018-06-02T11:30"),
                TestUsers.INSIDE_SALES_MEMBER,
                Department.INSIDE_SALES);
        history.activity(
                h3,
                ActivityKind.CALL,
                KpiHistory.tokyo("2018-06-03T14:00"),
                TestUsers.INSIDE_SALES_MEMBER,
                Department.INSIDE_SALES);
        history.rebuild();
    }

    private static HandoffFigures.Kind kind(HandoffFigures figures, HandoffKind kind) {
        return figures.kinds().stream()
                .filter(k -> k.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void mqlHandoffsOfTheWindow() {
        HandoffFigures.Kind mql = kind(report.handoffs(JUNE, LeadFilter.NONE, null), MKT_IS);
        // H1-H4: accepted H1, H4; rejected H2; pending H3
        assertThat(mql.created()).isEqualTo(4);
        assertThat(mql.accepted()).isEqualTo(2);
        assertThat(mql.rejected()).isEqualTo(1);
        assertThat(mql.pending()).isEqualTo(1);
        // pending ones are not in the acceptance rate: 2 / (2 + 1)
        assertThat(mql.acceptanceRate()).isEqualTo(2 / 3.0);
        // within 24 h: H1 (6 h) and H4 (2 h); missed: H2 (48 h) and H3 (pending past its due time) → 2 / 4
        assertThat(mql.slaMetRate()).isEqualTo(0.5);
        // answered after 2, 6 and 48 hours → 6
        assertThat(mql.medianResponseHours()).isEqualTo(6.0);
        assertThat(mql.rejectionReasons()).containsExactly(new HandoffFigures.ReasonCount("NO_BUDGET", 1));
    }

    @Test
    void sqlHandoffsAndKindsWithNone() {
        HandoffFigures figures = report.handoffs(JUNE, LeadFilter.NONE, null);
        HandoffFigures.Kind sql = kind(figures, IS_FS);
        assertThat(sql.created()).isEqualTo(1);
        assertThat(sql.acceptanceRate()).isEqualTo(1.0);
        assertThat(sql.slaMetRate()).isEqualTo(1.0);
        assertThat(sql.medianResponseHours()).isEqualTo(24.0);
        HandoffFigures.Kind onboarding = kind(figures, HandoffKind.FS_CS);
        assertThat(onboarding.created()).isZero();
        assertThat(onboarding.acceptanceRate()).isNull();
        assertThat(onboarding.medianResponseHours()).isNull();
    }

    @Test
    void speedToLeadIsTheMedianOfMinutesToTheFirstInsideSalesCallEmailOrMeeting() {
        // H1 30, H2 90 (the Marketing call and the IS note do not count), H3 240; H4 never touched → 90
        assertThat(report.handoffs(JUNE, LeadFilter.NONE, null).speedToLeadMinutes())
                .isEqualTo(90.0);
    }

    @Test
    void bySourceTheGroupsAddUpToTheTotal() {
        HandoffFigures figures = report.handoffs(JUNE, LeadFilter.NONE, Grouping.SOURCE);
        HandoffFigures.Group inquiry = figures.groups().stream()
                .filter(g -> g.key().equals("INQUIRY"))
                .findFirst()
                .orElseThrow();
        HandoffFigures.Group webinar = figures.groups().stream()
                .filter(g -> g.key().equals("WEBINAR"))
                .findFirst()
                .orElseThrow();
        assertThat(figures.groups()).hasSize(2);
        // INQUIRY: H1 accepted, H2 rejected; speed (30 + 90) / 2 = 60
        assertThat(inquiry.kinds().get(0).created()).isEqualTo(2);
        assertThat(inquiry.kinds().get(0).acceptanceRate()).isEqualTo(0.5);
        assertThat(inquiry.speedToLeadMinutes()).isEqualTo(60.0);
        // WEBINAR: H3 pending, H4 accepted → 1 / 1; speed 240
        assertThat(webinar.kinds().get(0).created()).isEqualTo(2);
        assertThat(webinar.kinds().get(0).acceptanceRate()).isEqualTo(1.0);
        assertThat(webinar.speedToLeadMinutes()).isEqualTo(240.0);
    }

    @Test
    void anActivityLoggedLaterUpdatesSpeedToLeadWithoutARebuild() {
        long late = history.lead(LeadSource.OTHER, null)
                .at(LEAD, "2018-08-01T09:00")
                .at(MQL, "2018-08-02T10:00")
                .handoff(MKT_IS, "2018-08-02T10:00", 24, PENDING, null, null)
                .create();
        history.rebuild();
        Window august = new Window(LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 1));
        assertThat(report.handoffs(august, LeadFilter.NONE, null).speedToLeadMinutes())
                .isNull();

        history.activity(
                late,
                ActivityKind.MEETING,
                KpiHistory.tokyo("2018-08-02T10:45"),
                TestUsers.INSIDE_SALES_MEMBER,
                Department.INSIDE_SALES);
        assertThat(report.handoffs(august, LeadFilter.NONE, null).speedToLeadMinutes())
                .isEqualTo(45.0);
    }

    @Test
    void theApiAnswersPerKindAndBySender() throws Exception {
        long marketing = history.user(TestUsers.MARKETING_MEMBER).id();
        long insideSales = history.user(TestUsers.INSIDE_SALES_MEMBER).id();
        mvc.perform(get("/api/v1/kpi/handoffs")
                        .param("from", "2018-06-01")
                        .param("to", "2018-07-01")
                        .param("groupBy", "sender")
                        .with(httpBasic(TestUsers.INSIDE_SALES_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kinds[0].kind").value("MKT_IS"))
                .andExpect(jsonPath("$.kinds[0].created").value(4))
                .andExpect(jsonPath("$.kinds[0].rejectionReasons[0].reasonCode").value("NO_BUDGET"))
                .andExpect(jsonPath("$.speedToLeadMinutes").value(90.0))
                // the Marketing member sent the four MQL handoffs (H1–H4: 2 accepted, 1 rejected → 2/3; speed to
                // lead as for all: 90), the Inside Sales member the SQL one (H4's, accepted)
                .andExpect(jsonPath("$.groups.length()").value(2))
                .andExpect(jsonPath("$.groups[?(@.key == '" + marketing + "')].kinds[?(@.kind == 'MKT_IS')].created")
                        .value(4))
                .andExpect(jsonPath(
                                "$.groups[?(@.key == '" + marketing + "')].kinds[?(@.kind == 'MKT_IS')].acceptanceRate")
                        .value(2 / 3.0))
                .andExpect(jsonPath("$.groups[?(@.key == '" + marketing + "')].kinds[?(@.kind == 'IS_FS')].created")
                        .value(0))
                .andExpect(jsonPath("$.groups[?(@.key == '" + marketing + "')].speedToLeadMinutes")
                        .value(90.0))
                .andExpect(jsonPath("$.groups[?(@.key == '" + insideSales + "')].kinds[?(@.kind == 'IS_FS')].created")
                        .value(1))
                .andExpect(jsonPath("$.groups[?(@.key == '" + insideSales
                                + "')].kinds[?(@.kind == 'IS_FS')].acceptanceRate")
                        .value(1.0))
                .andExpect(jsonPath("$.groups[?(@.key == '" + insideSales + "')].kinds[?(@.kind == 'MKT_IS')].created")
                        .value(0));
    }
}
