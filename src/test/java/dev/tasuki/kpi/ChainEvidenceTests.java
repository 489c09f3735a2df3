package dev.tasuki.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.SignedInUser;

/** The health check's KPI-2 evidence from monthly targets, on months of 2013 no other test plans. */
@IntegrationTest
class ChainEvidenceTests {

    @Autowired
    List<EvidenceSource> sources;

    @Autowired
    Targets targets;

    @Autowired
    TestUsers users;

    private Evidence kpi2(LocalDate day) {
        return sources.stream()
                .filter(source -> source.itemCodes().contains("KPI-2"))
                .findFirst()
                .orElseThrow()
                .evidenceFor("KPI-2", day);
    }

    private void set(YearMonth month, TargetMetric metric, long value) {
        SignedInUser executive = users.signedIn(TestUsers.EXECUTIVE);
        targets.set(month, metric, BigDecimal.valueOf(value), null, executive);
    }

    @Test
    void noTargetsThisMonthIsPoor() {
        Evidence evidence = kpi2(LocalDate.of(2013, 1, 15));
        assertThat(evidence.available()).isTrue();
        assertThat(evidence.suggestion()).isEqualTo(Rating.POOR);
        assertThat(evidence.figures().get(0).value()).isEqualTo("0 / 4");
    }

    @Test
    void allFourDepartmentsWithAChainThatHoldsIsGood() {
        YearMonth month = YearMonth.of(2013, 2);
        set(month, TargetMetric.LEAD, 1000);
        set(month, TargetMetric.MQL, 300);
        set(month, TargetMetric.SAL, 240);
        set(month, TargetMetric.SQL, 120);
        set(month, TargetMetric.OPPORTUNITY, 100);
        set(month, TargetMetric.WON, 25);
        set(month, TargetMetric.NRR, 1);
        Evidence evidence = kpi2(LocalDate.of(2013, 2, 10));
        assertThat(evidence.suggestion()).isEqualTo(Rating.GOOD);
        // LEAD→MQL→SAL→SQL→OPPORTUNITY→WON: five links, each within what the one before hands over
        assertThat(evidence.figures()).extracting(Evidence.Figure::value).containsExactly("4 / 4", "5 / 5");
    }

    @Test
    void aDepartmentPlanningToTakeInMoreThanItIsHandedIsPartial() {
        YearMonth month = YearMonth.of(2013, 3);
        set(month, TargetMetric.MQL, 300);
        // Inside Sales plans to accept 350 SALs out of 300 MQLs: the chain is broken there
        set(month, TargetMetric.SAL, 350);
        set(month, TargetMetric.OPPORTUNITY, 40);
        set(month, TargetMetric.LOGO_CHURN, 0);
        Evidence evidence = kpi2(LocalDate.of(2013, 3, 31));
        assertThat(evidence.suggestion()).isEqualTo(Rating.PARTIAL);
        assertThat(evidence.figures()).extracting(Evidence.Figure::value).containsExactly("4 / 4", "0 / 1");
    }
}
