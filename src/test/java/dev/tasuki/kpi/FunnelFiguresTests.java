package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.CUSTOMER;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.LeadSource;

/**
 * The funnel of METRICS.md on six hand-made leads around March 2019 (Tokyo time):
 *
 * <pre>
 * L1 INQUIRY  created 03-01 10:00, MQL 03-02 10:00, SAL 03-03 10:00, SQL 03-05 10:00, OPP 03-09 10:00,
 *             CUSTOMER 03-19 10:00
 * L2 INQUIRY  created 03-10 09:00, MQL 03-11 21:00, SAL 03-13 09:00
 * L3 WEBINAR  created 03-15 12:00, SQL 03-17 12:00 (MQL and SAL implied then), RECYCLED 03-20, MQL again 04-02
 * L4 WEBINAR  created 03-31 23:30 (14:30 UTC: still March in Tokyo)
 * L5 WEBINAR  created 04-01 00:30 (April), MQL 04-01 05:00
 * L6 WEBINAR  created 02-28 12:00 (February), MQL 03-05 12:00
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelFiguresTests {

    private static final Window MARCH = new Window(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 4, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    FunnelReport report;

    @Autowired
    MockMvc mvc;

    private long campaign;

    @BeforeAll
    void history() {
        campaign = history.campaign("ファネル試験", null, null, 0);
        history.lead(LeadSource.INQUIRY, campaign)
                .at(LEAD, "2019-03-01T10:00")
                .at(MQL, "2019-03-02T10:00")
                .at(SAL, "2019-03-03T10:00")
                .at(SQL, "2019-03-05T10:00")
                .at(OPPORTUNITY, "2019-03-09T10:00")
                .at(CUSTOMER, "2019-03-19T10:00")
                .create();
        history.lead(LeadSource.INQUIRY, campaign)
                .at(LEAD, "2019-03-10T09:00")
                .at(MQL, "2019-03-11T21:00")
                .at(SAL, "2019-03-13T09:00")
                .create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2019-03-15T12:00")
                .at(SQL, "2019-03-17T12:00")
                .at(RECYCLED, "2019-03-20T12:00")
                .at(MQL, "2019-04-02T12:00")
                .create();
        history.lead(LeadSource.WEBINAR, campaign).at(LEAD, "2019-03-31T23:30").create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2019-04-01T00:30")
                .at(MQL, "2019-04-01T05:00")
                .create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2019-02-28T12:00")
                .at(MQL, "2019-03-05T12:00")
                .create();
        history.rebuild();
    }

    private static List<Long> counts(Funnel funnel) {
        return funnel.stages().stream().map(FunnelStage::count).toList();
    }

    @Test
    void cohortCountsTheLeadsCreatedInTheWindowByTheFurthestStageTheyReached() {
        Funnel funnel = report.funnel(MARCH, FunnelBasis.COHORT, LeadFilter.NONE, null);
        // cohort L1-L4; MQL: L1, L2, L3 (implied); SAL: L1, L2, L3 (implied); SQL: L1, L3; OPP and CUSTOMER: L1.
        // L3's second MQL entry (after recycling) is not counted again.
        assertThat(counts(funnel)).containsExactly(4L, 3L, 3L, 2L, 1L, 1L);
        assertThat(funnel.stages())
                .extracting(FunnelStage::conversionToNext)
                .containsExactly(3 / 4.0, 3 / 3.0, 2 / 3.0, 1 / 2.0, 1 / 1.0, null);
    }

    @Test
    void mediansInDaysWithTheMeanOfTheMiddleTwoForAnEvenCount() {
        Funnel funnel = report.funnel(MARCH, FunnelBasis.COHORT, LeadFilter.NONE, null);
        // LEAD→MQL: L1 1.0, L2 1.5, L3 2.0 (jump on 03-17) → 1.5
        // MQL→SAL: L1 1.0, L2 1.5, L3 0 (both implied at the jump) → 1.0
        // SAL→SQL: L1 2.0, L3 0 → (0 + 2.0) / 2 = 1.0
        // SQL→OPP: L1 4.0; OPP→CUSTOMER: L1 10.0; CUSTOMER has no next stage
        assertThat(funnel.stages())
                .extracting(FunnelStage::medianDaysToNext)
                .containsExactly(1.5, 1.0, 1.0, 4.0, 10.0, null);
    }

    @Test
    void periodCountsFirstEntriesInTheWindowWhoeverMadeThem() {
        Funnel funnel = report.funnel(MARCH, FunnelBasis.PERIOD, LeadFilter.NONE, null);
        // LEAD: L1-L4; MQL: L1, L2, L3, L6 (created in February); SAL: L1, L2, L3; SQL: L1, L3; OPP, CUSTOMER: L1
        assertThat(counts(funnel)).containsExactly(4L, 4L, 3L, 2L, 1L, 1L);
        assertThat(funnel.stages().get(1).conversionToNext()).isEqualTo(3 / 4.0);
        // MQL→SAL over the leads whose MQL entry is in March: L1 1.0, L2 1.5, L3 0, L6 never → 1.0
        assertThat(funnel.stages().get(1).medianDaysToNext()).isEqualTo(1.0);
    }

    @Test
    void aLeadCreatedAtHalfPastElevenOnMarch31InTokyoBelongsToMarch() {
        Window april = new Window(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 5, 1));
        // L5 only: L4 was created at 14:30 UTC on March 31, which is 23:30 in Tokyo
        assertThat(counts(report.funnel(april, FunnelBasis.COHORT, LeadFilter.NONE, null)))
                .containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void breakdownRowsAddUpToTheTotal() {
        Funnel funnel = report.funnel(MARCH, FunnelBasis.COHORT, LeadFilter.NONE, Grouping.SOURCE);
        // INQUIRY: L1, L2 → 2, 2, 2, 1, 1, 1; WEBINAR: L3, L4 → 2, 1, 1, 1, 0, 0
        assertThat(funnel.groups()).extracting(Funnel.Group::key).containsExactlyInAnyOrder("INQUIRY", "WEBINAR");
        Funnel.Group inquiry = funnel.groups().stream()
                .filter(g -> g.key().equals("INQUIRY"))
                .findFirst()
                .orElseThrow();
        Funnel.Group webinar = funnel.groups().stream()
                .filter(g -> g.key().equals("WEBINAR"))
                .findFirst()
                .orElseThrow();
        assertThat(inquiry.stages()).extracting(FunnelStage::count).containsExactly(2L, 2L, 2L, 1L, 1L, 1L);
        assertThat(webinar.stages()).extracting(FunnelStage::count).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
        for (int stage = 0; stage < 6; stage++) {
            assertThat(inquiry.stages().get(stage).count()
                            + webinar.stages().get(stage).count())
                    .isEqualTo(funnel.stages().get(stage).count());
        }
    }

    @Test
    void aFilterNarrowsToOneSource() {
        Funnel funnel = report.funnel(MARCH, FunnelBasis.COHORT, new LeadFilter("WEBINAR", campaign, null, null), null);
        assertThat(counts(funnel)).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
        // nobody reached OPPORTUNITY, so its conversion is undefined rather than a division by zero
        assertThat(funnel.stages().get(4).conversionToNext()).isNull();
    }

    @Test
    void anEmptyWindowHasZerosAndNulls() {
        Funnel funnel = report.funnel(
                new Window(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 2)),
                FunnelBasis.COHORT,
                LeadFilter.NONE,
                null);
        assertThat(counts(funnel)).containsOnly(0L);
        assertThat(funnel.stages()).extracting(FunnelStage::conversionToNext).containsOnlyNulls();
        assertThat(funnel.stages()).extracting(FunnelStage::medianDaysToNext).containsOnlyNulls();
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Window(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 3, 1)))
                .isInstanceOf(KpiRuleBroken.class);
    }

    @Test
    void theApiAnswersTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/kpi/funnel")
                        .param("from", "2019-03-01")
                        .param("to", "2019-04-01")
                        .param("groupBy", "source")
                        .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis").value("cohort"))
                .andExpect(jsonPath("$.stages[0].stage").value("LEAD"))
                .andExpect(jsonPath("$.stages[0].count").value(4))
                .andExpect(jsonPath("$.stages[0].conversionToNext").value(0.75))
                .andExpect(jsonPath("$.stages[5].stage").value("CUSTOMER"))
                .andExpect(jsonPath("$.stages[5].conversionToNext").doesNotExist())
                .andExpect(jsonPath("$.groups.length()").value(2));
        mvc.perform(get("/api/v1/kpi/funnel")
                        .param("from", "2019-03-01")
                        .param("to", "2019-03-01")
                        .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD))
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("期間の終了日は開始日より後の日付にしてください（終了日の当日は含みません）。"))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/v1/kpi/funnel").param("from", "2019-03-01").param("to", "2019-04-01"))
                .andExpect(status().isUnauthorized());
    }
}
