package dev.tasuki.success.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.identity.Department;
import dev.tasuki.success.MrrMovement;

/**
 * The timeline entries Customer Success writes, the same whether a person made the change or an import brought it: an
 * MRR movement (MRR_NEW, MRR_EXPANSION, …) and a renewal decision (RENEWAL_RENEWED, RENEWAL_LOST).
 */
final class SuccessTimeline {

    private SuccessTimeline() {}

    static TimelineEntry.Draft movement(MrrMovement movement, Instant at, Long by, Department department) {
        return new TimelineEntry.Draft(
                movement.accountId(),
                null,
                null,
                movement.kind().timelineKind(),
                at,
                by,
                department,
                List.of(
                        TimelineEntry.yen(Math.abs(movement.amount())), TimelineEntry.yen(movement.mrrBefore()),
                        TimelineEntry.yen(movement.mrrAfter()), TimelineEntry.date(movement.movementOn())),
                null,
                null);
    }

    static TimelineEntry.Draft renewed(
            long accountId,
            LocalDate due,
            long mrr,
            LocalDate next,
            Instant at,
            Long by,
            Department department,
            long decisionId) {
        return new TimelineEntry.Draft(
                accountId,
                null,
                null,
                TimelineKind.RENEWAL_RENEWED,
                at,
                by,
                department,
                List.of(TimelineEntry.date(due), TimelineEntry.yen(mrr), TimelineEntry.date(next)),
                null,
                decisionId);
    }

    static TimelineEntry.Draft lost(
            long accountId,
            LocalDate due,
            String reasonLabel,
            String comment,
            Instant at,
            Long by,
            Department department,
            long decisionId) {
        return new TimelineEntry.Draft(
                accountId,
                null,
                null,
                TimelineKind.RENEWAL_LOST,
                at,
                by,
                department,
                List.of(TimelineEntry.date(due), TimelineEntry.text(reasonLabel)),
                comment,
                decisionId);
    }
}
