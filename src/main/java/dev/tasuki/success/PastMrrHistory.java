package dev.tasuki.success;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tasuki.deal.ContractTerm;

/**
 * An account's MRR history as an import or the demo organisation brings it: the levels deals, imports and people set,
 * the renewal decisions Customer Success made, and the contract as it stands now. Each renewal decision brings its own
 * level (the renewed MRR, or 0 for a lost renewal) from its renewal day; movements are derived from all the levels.
 */
public record PastMrrHistory(long accountId, List<Level> levels, List<Renewal> renewals, ContractState contract) {

    /** A level from a day on, set at that moment by that user; refId is the deal behind a DEAL level. */
    public record Level(LocalDate on, long mrr, MrrSource source, Long refId, Instant recordedAt, Long recordedBy) {

        public Level {
            if (source == MrrSource.RENEWAL) {
                throw new IllegalArgumentException("a renewal's level comes with its decision");
            }
        }
    }

    /** A renewal decided at that moment: renewed at an MRR from the renewal day, or lost with a churn reason. */
    public record Renewal(
            RenewalOutcome outcome,
            LocalDate renewalOn,
            ContractTerm term,
            long mrr,
            String reasonCode,
            String comment,
            Instant decidedAt,
            long decidedBy) {}

    /** The account's contract now. */
    public record ContractState(
            LocalDate startedOn,
            ContractTerm term,
            LocalDate renewalOn,
            ContractStatus status,
            String churnReason,
            String churnComment,
            LocalDate churnedOn,
            Long dealId,
            Instant updatedAt,
            Long updatedBy) {}

    public PastMrrHistory {
        levels = List.copyOf(levels);
        renewals = List.copyOf(renewals);
    }
}
