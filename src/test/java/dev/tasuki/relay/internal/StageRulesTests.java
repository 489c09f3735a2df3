package dev.tasuki.relay.internal;

import static dev.tasuki.relay.LifecycleStage.CHURNED;
import static dev.tasuki.relay.LifecycleStage.CUSTOMER;
import static dev.tasuki.relay.LifecycleStage.DISQUALIFIED;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.LOST;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.StageChangeVia;

class StageRulesTests {

    @ParameterizedTest(name = "{0} → {1} by hand is refused")
    @CsvSource({
        "LEAD, MQL",
        "LEAD, SQL",
        "MQL, SAL",
        "SAL, SQL",
        "SQL, OPPORTUNITY",
        "OPPORTUNITY, CUSTOMER",
        "CUSTOMER, LEAD",
        "RECYCLED, MQL",
        "LOST, CUSTOMER"
    })
    void theFunnelMovesForwardOnlyThroughHandoffsAndDeals(LifecycleStage from, LifecycleStage to) {
        assertThatThrownBy(() -> StageRules.checkMove(from, to, StageChangeVia.MANUAL))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.stageMoveRefused"));
    }

    @ParameterizedTest(name = "{0} → {1} by hand is allowed")
    @CsvSource({
        "LEAD, RECYCLED",
        "MQL, DISQUALIFIED",
        "SAL, RECYCLED",
        "SQL, DISQUALIFIED",
        "OPPORTUNITY, LOST",
        "CUSTOMER, CHURNED",
        "DISQUALIFIED, RECYCLED",
        "LOST, RECYCLED",
        "CHURNED, RECYCLED"
    })
    void aDepartmentTakesALeadOutOfItsLegOrBackToNurture(LifecycleStage from, LifecycleStage to) {
        assertThatCode(() -> StageRules.checkMove(from, to, StageChangeVia.MANUAL))
                .doesNotThrowAnyException();
    }

    @Test
    void dealsWinAndLoseOpportunitiesAndWinBackChurnedCustomers() {
        assertThatCode(() -> StageRules.checkMove(OPPORTUNITY, CUSTOMER, StageChangeVia.DEAL))
                .doesNotThrowAnyException();
        assertThatCode(() -> StageRules.checkMove(OPPORTUNITY, LOST, StageChangeVia.DEAL))
                .doesNotThrowAnyException();
        assertThatCode(() -> StageRules.checkMove(CHURNED, CUSTOMER, StageChangeVia.DEAL))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StageRules.checkMove(SQL, CUSTOMER, StageChangeVia.DEAL))
                .isInstanceOf(RelayRuleBroken.class);
    }

    @Test
    void importsMaySetAnyStageBecauseTheyRebuildHistory() {
        assertThatCode(() -> StageRules.checkMove(LEAD, CUSTOMER, StageChangeVia.IMPORT))
                .doesNotThrowAnyException();
    }

    @Test
    void handoffsAreSentFromTheSendersStages() {
        assertThat(StageRules.sendableFrom(HandoffKind.MKT_IS)).containsExactlyInAnyOrder(LEAD, RECYCLED, MQL);
        assertThat(StageRules.sendableFrom(HandoffKind.IS_FS)).containsExactlyInAnyOrder(SAL, SQL);
        assertThat(StageRules.sendableFrom(HandoffKind.FS_CS)).containsExactly(CUSTOMER);
        assertThatThrownBy(() -> StageRules.checkSend(HandoffKind.IS_FS, MQL))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.handoffFromStage"));
    }

    @Test
    void everyStageHasAnOwnerFromMetrics() {
        assertThat(LEAD.owner()).isEqualTo(MQL.owner()).isEqualTo(RECYCLED.owner());
        assertThat(SAL.owner()).isEqualTo(SQL.owner());
        assertThat(OPPORTUNITY.owner()).isEqualTo(LOST.owner());
        assertThat(CUSTOMER.owner()).isEqualTo(CHURNED.owner());
        assertThat(LifecycleStage.funnelStages()).containsExactly(LEAD, MQL, SAL, SQL, OPPORTUNITY, CUSTOMER);
        assertThat(DISQUALIFIED.isFunnel()).isFalse();
    }
}
