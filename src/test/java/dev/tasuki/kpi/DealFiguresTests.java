package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.LEAD;
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
import dev.tasuki.relay.LeadSource;

/**
 * Deal figures on hand-made deals closed around May 2017 (Tokyo time), from leads of two campaigns:
 *
 * <pre>
 * campaign 1: D1 won  ¥1,200,000 created 04-01 10:00, closed 05-11 10:00 (40 days)
 *             D3 lost ¥900,000   created 04-10, closed 05-15
 *             D6 open ¥1,000,000 提案 (40 %)
 *             D5 won  ¥700,000   closed 04-30 23:59 (April: outside May)
 * campaign 2: D2 won  ¥600,000   created 05-01 10:00, closed 05-21 10:00 (20 days)
 *             D7 open ¥500,000   交渉 (80 %)
 *             D4 lost ¥300,000   closed 06-01 00:30 (June: outside May)
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealFiguresTests {

    private static final Window MAY = new Window(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    DealReport report;

    @Autowired
    MockMvc mvc;

    private long first;
    private long second;

    @BeforeAll
    void history() {
        first = history.campaign("商談試験1", null, null, 0);
        second = history.campaign("商談試験2", null, null, 0);
        long account1 = history.account("商談試験株式会社", KpiHistory.tokyo("2017-03-01T09:00"));
        long account2 = history.account("商談試験2株式会社", KpiHistory.tokyo("2017-03-01T09:00"));
        long lead1 = history.lead(LeadSource.WEBINAR, first)
                .account(account1)
                .at(LEAD, "2017-03-01T09:00")
                .create();
        long lead2 = history.lead(LeadSource.REFERRAL, second)
                .account(account2)
                .at(LEAD, "2017-03-01T09:00")
                .create();
        history.deal(account1, lead1, 1_200_000, "WON", "2017-04-01T10:00", "2017-05-11T10:00");
        history.deal(account1, lead1, 900_000, "LOST", "2017-04-10T10:00", "2017-05-15T10:00");
        history.deal(account1, lead1, 1_000_000, "PROPOSAL", "2017-05-02T10:00", null);
        history.deal(account1, lead1, 700_000, "WON", "2017-04-01T10:00", "2017-04-30T23:59");
        history.deal(account2, lead2, 600_000, "WON", "2017-05-01T10:00", "2017-05-21T10:00");
        history.deal(account2, lead2, 500_000, "NEGOTIATION", "2017-05-03T10:00", null);
        history.deal(account2, lead2, 300_000, "LOST", "2017-05-04T10:00", "2017-06-01T00:30");
        // written as an import writes history, without events: the read models (the leads' campaigns) rebuild
        history.rebuild();
    }

    @Test
    void winRateDealSizeAndCycleOfTheDealsClosedInTheWindow() {
        DealFigures figures = report.deals(MAY, LeadFilter.NONE, null);
        // closed in May: D1, D2 won; D3 lost (D5 closed in April, D4 in June, both in Tokyo time)
        assertThat(figures.won()).isEqualTo(2);
        assertThat(figures.lost()).isEqualTo(1);
        assertThat(figures.winRate()).isEqualTo(2 / 3.0);
        // (1,200,000 + 600,000) / 2
        assertThat(figures.averageDealSize()).isEqualTo(900_000L);
        assertThat(figures.wonAmount()).isEqualTo(1_800_000L);
        // 40 and 20 days: the mean of the two middle values
        assertThat(figures.salesCycleDays()).isEqualTo(30.0);
    }

    @Test
    void theClosedLoopAttributesEachDealToTheCampaignItsLeadCameFrom() {
        DealFigures figures = report.deals(MAY, LeadFilter.NONE, Grouping.CAMPAIGN);
        DealFigures.Group one = figures.groups().stream()
                .filter(g -> String.valueOf(first).equals(g.key()))
                .findFirst()
                .orElseThrow();
        DealFigures.Group two = figures.groups().stream()
                .filter(g -> String.valueOf(second).equals(g.key()))
                .findFirst()
                .orElseThrow();
        assertThat(one.won()).isEqualTo(1);
        assertThat(one.winRate()).isEqualTo(0.5);
        assertThat(one.averageDealSize()).isEqualTo(1_200_000L);
        assertThat(one.salesCycleDays()).isEqualTo(40.0);
        // open now: D6 ¥1,000,000 at 40 % → ¥400,000
        assertThat(one.pipelineValue()).isEqualTo(1_000_000L);
        assertThat(one.weightedPipeline()).isEqualTo(400_000L);
        assertThat(two.winRate()).isEqualTo(1.0);
        // D7 ¥500,000 at 80 % → ¥400,000
        assertThat(two.weightedPipeline()).isEqualTo(400_000L);
        assertThat(figures.groups().stream().mapToLong(DealFigures.Group::won).sum())
                .isEqualTo(figures.won());
        assertThat(figures.groups().stream()
                        .mapToLong(DealFigures.Group::pipelineValue)
                        .sum())
                .isEqualTo(figures.pipelineValue());
    }

    @Test
    void aWindowWithoutClosedDealsHasNoRates() {
        DealFigures figures =
                report.deals(new Window(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 1)), LeadFilter.NONE, null);
        assertThat(figures.winRate()).isNull();
        assertThat(figures.averageDealSize()).isNull();
        assertThat(figures.salesCycleDays()).isNull();
    }

    @Test
    void theApiAnswersWithTheFigures() throws Exception {
        mvc.perform(get("/api/v1/kpi/deals")
                        .param("from", "2017-05-01")
                        .param("to", "2017-06-01")
                        .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.winRate").value(2 / 3.0))
                .andExpect(jsonPath("$.averageDealSize").value(900_000))
                .andExpect(jsonPath("$.salesCycleDays").value(30.0));
        mvc.perform(get("/api/v1/kpi/deals")
                        .param("from", "2017-05-01")
                        .param("to", "2017-06-01")
                        .param("groupBy", "owner")
                        .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD)))
                .andExpect(status().isUnprocessableContent());
    }
}
