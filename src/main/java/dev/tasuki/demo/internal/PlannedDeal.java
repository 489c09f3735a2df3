package dev.tasuki.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.identity.Department;

/**
 * A deal of the demo as planned: its company (an index into the plan's accounts), the lead it came from (an index into
 * the plan's leads, or null), what it is worth, and the stages it went through as far as now. Its last stage says
 * whether it was won, lost or is still open. The amount is the value of one contract term: MRR × 12 for an annual
 * contract, one month's MRR for a monthly one.
 */
record PlannedDeal(
        int company,
        Integer lead,
        DealType type,
        String name,
        long mrr,
        ContractTerm term,
        LocalDate expectedCloseOn,
        long ownerId,
        Department department,
        List<PastDeal.Move> moves,
        String reason,
        String comment,
        LocalDate contractStart) {

    PlannedDeal {
        moves = List.copyOf(moves);
    }

    long amount() {
        return mrr * term.months();
    }

    Instant openedAt() {
        return moves.get(0).at();
    }

    String stage() {
        return moves.get(moves.size() - 1).stage();
    }

    boolean won() {
        return DealCycle.WON.equals(stage());
    }

    boolean lost() {
        return DealCycle.LOST.equals(stage());
    }

    /** When it was won or lost; null while it is open. */
    Instant closedAt() {
        return won() || lost() ? moves.get(moves.size() - 1).at() : null;
    }

    PlannedDeal ofLead(int index) {
        return new PlannedDeal(
                company,
                index,
                type,
                name,
                mrr,
                term,
                expectedCloseOn,
                ownerId,
                department,
                moves,
                reason,
                comment,
                contractStart);
    }

    PastDeal toPast(long accountId, Long leadId) {
        return new PastDeal(
                accountId,
                leadId,
                name,
                type,
                amount(),
                mrr,
                term,
                expectedCloseOn,
                ownerId,
                department,
                openedAt(),
                ownerId,
                moves,
                reason,
                comment,
                won() ? contractStart : null);
    }
}
