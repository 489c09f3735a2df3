package dev.tasuki.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tasuki.identity.Department;

/**
 * A deal that already happened, as another CRM's export or the demo organisation brings it: its fields, and the stages
 * it went through in time order, the first one entered when it was opened. When the last stage is 受注 or 失注 the deal was
 * closed then, with the reason code and comment where the source has them (an export has none) and, for a win, the
 * contract start; otherwise it is still open.
 */
public record PastDeal(
        long accountId,
        Long leadId,
        String name,
        DealType type,
        long amount,
        long mrr,
        ContractTerm term,
        LocalDate expectedCloseOn,
        Long ownerId,
        Department department,
        Instant createdAt,
        Long createdBy,
        List<Move> moves,
        String closeReason,
        String closeComment,
        LocalDate contractStart) {

    /** The deal entered the stage at that moment; byUserId is null when the source does not say who moved it. */
    public record Move(String stage, Instant at, Long byUserId) {}

    public PastDeal {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a deal is in a stage from its opening on");
        }
    }

    public Move last() {
        return moves.get(moves.size() - 1);
    }
}
