package dev.tasuki.healthcheck.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something someone will do about a weak item, by a date. Open actions show beside their item on the next assessment.
 */
public record ImprovementAction(
        long id,
        long assessmentId,
        String itemCode,
        String title,
        long ownerId,
        LocalDate dueOn,
        boolean done,
        long createdBy,
        Instant createdAt,
        int version) {

    public boolean overdue(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }
}
