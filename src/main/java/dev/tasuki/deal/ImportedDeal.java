package dev.tasuki.deal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal as another CRM's export brings it, for {@link DealImport}: its fields, the pipeline stage it is in (a code
 * of {@link DealStage}; a won or lost stage closes it at closedAt), and when it was created. (The demo organisation
 * writes {@link PastDeal}s, with every stage they went through.)
 */
public record ImportedDeal(long accountId, String name, DealType type, long amount, LocalDate expectedCloseOn, Long ownerId,
        String stage, Instant createdAt, Instant closedAt, long createdBy) {
}
