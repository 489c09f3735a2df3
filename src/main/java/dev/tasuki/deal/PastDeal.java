package dev.tasuki.deal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal as another CRM's export brings it: its fields, the pipeline stage it is in (a code of {@link DealStage}; a
 * won or lost stage closes it at closedAt), and when it was created.
 */
public record PastDeal(long accountId, String name, DealType type, long amount, LocalDate expectedCloseOn, Long ownerId,
        String stage, Instant createdAt, Instant closedAt, long createdBy) {
}
