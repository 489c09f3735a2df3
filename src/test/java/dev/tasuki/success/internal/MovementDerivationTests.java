package dev.tasuki.success.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrMovement;
import dev.tasuki.success.internal.MovementDerivation.Level;

/** Movements derived from hand-made level histories; each expected movement is worked out in the comment beside it. */
class MovementDerivationTests {

    private static final long ACCOUNT = 7;

    private static Level level(String day, long mrr) {
        return new Level(LocalDate.parse(day), mrr);
    }

    private static MrrMovement movement(String day, MovementKind kind, long amount, long before, long after) {
        return new MrrMovement(ACCOUNT, LocalDate.parse(day), kind, amount, before, after);
    }

    @Test
    void aFirstLevelAboveZeroIsNew() {
        // 0 → 100,000 on 1 April: NEW +100,000
        assertThat(MovementDerivation.of(ACCOUNT, List.of(level("2026-04-01", 100_000))))
                .containsExactly(movement("2026-04-01", MovementKind.NEW, 100_000, 0, 100_000));
    }

    @Test
    void upIsExpansionDownIsContractionAndToZeroIsChurn() {
        List<Level> levels = List.of(
                level("2026-04-01", 100_000), // 0 → 100,000: NEW +100,000
                level("2026-07-01", 150_000), // 100,000 → 150,000: EXPANSION +50,000
                level("2026-10-01", 120_000), // 150,000 → 120,000: CONTRACTION −30,000 (stays above 0)
                level("2027-04-01", 0)); // 120,000 → 0: CHURN −120,000
        assertThat(MovementDerivation.of(ACCOUNT, levels))
                .containsExactly(
                        movement("2026-04-01", MovementKind.NEW, 100_000, 0, 100_000),
                        movement("2026-07-01", MovementKind.EXPANSION, 50_000, 100_000, 150_000),
                        movement("2026-10-01", MovementKind.CONTRACTION, -30_000, 150_000, 120_000),
                        movement("2027-04-01", MovementKind.CHURN, -120_000, 120_000, 0));
    }

    @Test
    void comingBackAfterChurnIsReactivationNotNew() {
        List<Level> levels = List.of(
                level("2025-01-01", 80_000), // 0 → 80,000: NEW +80,000
                level("2025-12-31", 0), // 80,000 → 0: CHURN −80,000
                level("2026-06-01", 90_000)); // 0 → 90,000, had MRR before: REACTIVATION +90,000
        assertThat(MovementDerivation.of(ACCOUNT, levels))
                .extracting(MrrMovement::kind, MrrMovement::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.NEW, 80_000L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.CHURN, -80_000L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.REACTIVATION, 90_000L));
    }

    @Test
    void aLevelOfZeroFirstIsNoMovementAndTheFirstRealLevelIsStillNew() {
        // 0 → 0: nothing; 0 → 50,000 and no MRR ever before: NEW +50,000
        assertThat(MovementDerivation.of(ACCOUNT, List.of(level("2026-01-01", 0), level("2026-02-01", 50_000))))
                .containsExactly(movement("2026-02-01", MovementKind.NEW, 50_000, 0, 50_000));
    }

    @Test
    void theSameLevelAgainIsNoMovement() {
        // 100,000 → 100,000 on 1 April 2027 (renewed at the same price): no movement
        assertThat(MovementDerivation.of(ACCOUNT, List.of(level("2026-04-01", 100_000), level("2027-04-01", 100_000))))
                .containsExactly(movement("2026-04-01", MovementKind.NEW, 100_000, 0, 100_000));
    }

    @Test
    void aLaterChangeOfTheSameDayReplacesTheEarlierOneAndTheDayMovesByTheNetChange() {
        List<Level> levels = List.of(
                level("2026-04-01", 100_000), // 0 → 100,000: NEW +100,000
                level("2026-07-01", 180_000), // first set to 180,000 on 1 July ...
                level(
                        "2026-07-01",
                        130_000)); // ... then corrected to 130,000 the same day: 100,000 → 130,000, EXPANSION +30,000
        assertThat(MovementDerivation.of(ACCOUNT, levels))
                .containsExactly(
                        movement("2026-04-01", MovementKind.NEW, 100_000, 0, 100_000),
                        movement("2026-07-01", MovementKind.EXPANSION, 30_000, 100_000, 130_000));
    }

    @Test
    void aSameDayCorrectionBackToThePreviousLevelLeavesNoMovement() {
        List<Level> levels = List.of(
                level("2026-04-01", 100_000), // NEW +100,000
                level("2026-07-01", 0), // churned by mistake on 1 July ...
                level("2026-07-01", 100_000)); // ... and put back the same day: 100,000 → 100,000, no movement
        assertThat(MovementDerivation.of(ACCOUNT, levels))
                .containsExactly(movement("2026-04-01", MovementKind.NEW, 100_000, 0, 100_000));
    }

    @Test
    void levelsAreWalkedByDayWhateverOrderTheyComeIn() {
        List<Level> levels = List.of(
                level("2026-10-01", 90_000), // the later day, given first
                level("2026-04-01", 100_000)); // 0 → 100,000: NEW; then 100,000 → 90,000: CONTRACTION −10,000
        assertThat(MovementDerivation.of(ACCOUNT, levels))
                .extracting(MrrMovement::kind)
                .containsExactly(MovementKind.NEW, MovementKind.CONTRACTION);
    }

    @Test
    void noLevelsNoMovementsAndANegativeLevelIsRefused() {
        assertThat(MovementDerivation.of(ACCOUNT, List.of())).isEmpty();
        assertThatThrownBy(() -> level("2026-04-01", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
