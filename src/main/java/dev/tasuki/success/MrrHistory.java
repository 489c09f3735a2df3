package dev.tasuki.success;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** An account's MRR: its level today (0 without one), every level and every movement, oldest first. */
public record MrrHistory(long accountId, LocalDate asOf, long mrr, List<MrrLevel> levels, List<MrrMovement> movements) {

    /** ARR = 12 × MRR (METRICS.md). */
    public long arr() {
        return 12 * mrr;
    }

    /** The movements, newest first, as tables show them. */
    public List<MrrMovement> newestFirst() {
        List<MrrMovement> newest = new ArrayList<>(movements);
        Collections.reverse(newest);
        return newest;
    }

    /** The next level set for a later day, if any (a renewal or a deal starting later). */
    public Optional<MrrLevel> scheduled() {
        return levels.stream()
                .filter(level -> level.effectiveOn().isAfter(asOf))
                .findFirst();
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }
}
