package dev.tasuki.success.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrMovement;

/**
 * The one rule that turns an account's MRR levels into movements (METRICS.md). Walking the days in order from an MRR of
 * 0: from 0 to more is NEW, or REACTIVATION when the account had MRR before; up is EXPANSION; down staying above 0 is
 * CONTRACTION; down to 0 is CHURN; the same level is no movement. One level per day: of several levels given for one
 * day, the last in the list is that day's level, so the day's movement is the net change.
 */
public final class MovementDerivation {

    /** An MRR level (yen) from a day on. */
    public record Level(LocalDate on, long mrr) {

        public Level {
            if (on == null || mrr < 0) {
                throw new IllegalArgumentException(
                        "a level needs a day and an MRR of 0 or more, not " + on + " " + mrr);
            }
        }
    }

    private MovementDerivation() {}

    /** The movements of one account, oldest first, from its levels in the order they were set. */
    public static List<MrrMovement> of(long accountId, List<Level> levels) {
        Map<LocalDate, Long> byDay = new TreeMap<>();
        levels.forEach(level -> byDay.put(level.on(), level.mrr()));
        List<MrrMovement> movements = new ArrayList<>();
        long before = 0;
        boolean hadMrr = false;
        for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
            long after = day.getValue();
            MovementKind kind = kind(before, after, hadMrr);
            if (kind != null) {
                movements.add(new MrrMovement(accountId, day.getKey(), kind, after - before, before, after));
            }
            hadMrr |= after > 0;
            before = after;
        }
        return List.copyOf(movements);
    }

    static MovementKind kind(long before, long after, boolean hadMrr) {
        if (after == before) {
            return null;
        }
        if (before == 0) {
            return hadMrr ? MovementKind.REACTIVATION : MovementKind.NEW;
        }
        if (after == 0) {
            return MovementKind.CHURN;
        }
        return after > before ? MovementKind.EXPANSION : MovementKind.CONTRACTION;
    }
}
