package dev.tasuki.success.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tasuki.success.Health;
import dev.tasuki.success.HealthColour;
import dev.tasuki.success.HealthInput;
import dev.tasuki.success.HealthReason;
import dev.tasuki.success.HealthSetting;
import dev.tasuki.success.HealthSignal;
import dev.tasuki.success.internal.HealthFacts.Onboarding;

/**
 * The health score on hand-made facts, with the default settings of the migration: weights 30/30/20/10/10, green from
 * 70, red below 40. Points: good 100, warning/neutral/no data 50, bad 0.
 */
class HealthScoreTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Map<String, HealthSetting> defaults() {
        Map<String, HealthSetting> settings = new LinkedHashMap<>();
        for (HealthSetting s : List.of(
                new HealthSetting("ACTIVITY_RECENCY", 30, 30, 60, 10),
                new HealthSetting("MRR_TREND", 30, 0, 0, 20),
                new HealthSetting("OVERDUE_TASKS", 20, 0, 3, 30),
                new HealthSetting("ONBOARDING", 10, 90, 3, 40),
                new HealthSetting("NPS", 10, 9, 6, 50),
                new HealthSetting("SCORE", 0, 70, 40, 90))) {
            settings.put(s.code(), s);
        }
        return settings;
    }

    private static HealthSignal signalOf(Health health, HealthInput input) {
        return health.reasons().stream()
                .filter(r -> r.input() == input)
                .findFirst()
                .orElseThrow()
                .signal();
    }

    @Test
    void anActiveGrowingOnboardedCustomerIsGreen() {
        // recency 5 days: good 100 × 30; MRR +20% (100,000 → 120,000): good 100 × 30; no overdue task: good 100 × 20;
        // onboarded 200 days ago: good 100 × 10; no NPS: no data 50 × 10 → 9,500 / 100 = 95: green
        HealthFacts facts =
                new HealthFacts(5L, 100_000, 20_000, 0, new Onboarding(Onboarding.Status.ACCEPTED, 200), null);
        Health health = HealthScore.assess(1, facts, defaults(), TODAY);

        assertThat(health.score()).isEqualTo(95);
        assertThat(health.colour()).isEqualTo(HealthColour.GREEN);
        assertThat(signalOf(health, HealthInput.MRR_TREND)).isEqualTo(HealthSignal.GOOD);
        assertThat(signalOf(health, HealthInput.NPS)).isEqualTo(HealthSignal.NO_DATA);
        assertThat(health.reasons())
                .filteredOn(r -> r.input() == HealthInput.MRR_TREND)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.messageKey()).isEqualTo("health.reason.MRR_TREND.up");
                    assertThat(r.arguments()).containsExactly(20L, 20_000L);
                });
    }

    @Test
    void aQuietShrinkingCustomerWithOverdueTasksIsRedAndItsWorstReasonsComeFirst() {
        // recency 75 days (> 60): bad 0 × 30; MRR −30%: bad 0 × 30; 3 overdue tasks (≥ 3): bad 0 × 20;
        // onboarded 200 days ago: good 100 × 10; no NPS: 50 × 10 → 1,500 / 100 = 15: red
        HealthFacts facts =
                new HealthFacts(75L, 100_000, -30_000, 3, new Onboarding(Onboarding.Status.ACCEPTED, 200), null);
        Health health = HealthScore.assess(1, facts, defaults(), TODAY);

        assertThat(health.score()).isEqualTo(15);
        assertThat(health.colour()).isEqualTo(HealthColour.RED);
        assertThat(health.reasons())
                .extracting(HealthReason::signal)
                .startsWith(HealthSignal.BAD, HealthSignal.BAD, HealthSignal.BAD);
        assertThat(health.reasons())
                .filteredOn(r -> r.input() == HealthInput.ACTIVITY_RECENCY)
                .singleElement()
                .satisfies(r -> assertThat(r.arguments()).containsExactly(75L, 30, 60));
    }

    @Test
    void aCustomerInTheMiddleIsYellow() {
        // recency 45 days (30 < 45 ≤ 60): warning 50 × 30; MRR steady: neutral 50 × 30; 1 overdue task: warning 50 ×
        // 20;
        // onboarding running (20 days): warning 50 × 10; no NPS 50 × 10 → 50: yellow
        HealthFacts facts = new HealthFacts(45L, 100_000, 0, 1, new Onboarding(Onboarding.Status.ACCEPTED, 20), null);
        Health health = HealthScore.assess(1, facts, defaults(), TODAY);

        assertThat(health.score()).isEqualTo(50);
        assertThat(health.colour()).isEqualTo(HealthColour.YELLOW);
        assertThat(signalOf(health, HealthInput.MRR_TREND)).isEqualTo(HealthSignal.NEUTRAL);
        assertThat(signalOf(health, HealthInput.ONBOARDING)).isEqualTo(HealthSignal.WARNING);
    }

    @Test
    void noActivityAtAllIsBadAndAnOnboardingHandoffLeftWaitingIsBad() {
        HealthFacts facts = new HealthFacts(null, 0, 0, 0, new Onboarding(Onboarding.Status.PENDING, 5), null);
        Health health = HealthScore.assess(1, facts, defaults(), TODAY);

        assertThat(signalOf(health, HealthInput.ACTIVITY_RECENCY)).isEqualTo(HealthSignal.BAD);
        assertThat(signalOf(health, HealthInput.MRR_TREND)).isEqualTo(HealthSignal.NO_DATA);
        assertThat(signalOf(health, HealthInput.ONBOARDING))
                .as("waiting 5 days, more than 3")
                .isEqualTo(HealthSignal.BAD);
        // 0 × 30 + 50 × 30 + 100 × 20 + 0 × 10 + 50 × 10 = 4,000 / 100 = 40: yellow (red is below 40)
        assertThat(health.score()).isEqualTo(40);
        assertThat(health.colour()).isEqualTo(HealthColour.YELLOW);
    }

    @Test
    void aWeightOfZeroLeavesTheInputOutAndTheBandsAreTheAdminsToSet() {
        Map<String, HealthSetting> settings = defaults();
        settings.put("NPS", new HealthSetting("NPS", 0, 9, 6, 50));
        settings.put("SCORE", new HealthSetting("SCORE", 0, 96, 40, 90));
        HealthFacts facts =
                new HealthFacts(5L, 100_000, 20_000, 0, new Onboarding(Onboarding.Status.ACCEPTED, 200), null);
        Health health = HealthScore.assess(1, facts, settings, TODAY);

        assertThat(health.reasons()).extracting(HealthReason::input).doesNotContain(HealthInput.NPS);
        assertThat(health.score()).as("every input left is good").isEqualTo(100);
        assertThat(health.colour()).isEqualTo(HealthColour.GREEN);

        settings.put("SCORE", new HealthSetting("SCORE", 0, 101, 40, 90));
        assertThat(HealthScore.assess(1, facts, settings, TODAY).colour()).isEqualTo(HealthColour.YELLOW);
    }

    @Test
    void npsAnswersScoreByTheirBand() {
        HealthSetting nps = defaults().get("NPS");
        assertThat(HealthScore.nps(10, nps).signal()).isEqualTo(HealthSignal.GOOD);
        assertThat(HealthScore.nps(8, nps).signal()).isEqualTo(HealthSignal.NEUTRAL);
        assertThat(HealthScore.nps(6, nps).signal()).isEqualTo(HealthSignal.BAD);
        assertThat(HealthScore.nps(null, nps).signal()).isEqualTo(HealthSignal.NO_DATA);
    }
}
