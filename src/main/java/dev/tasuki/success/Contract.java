package dev.tasuki.success;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.tasuki.deal.ContractTerm;

/**
 * An account's current contract: started on a day, billed per term, up for renewal on renewalOn. An annual contract is
 * renewed (or lost) by Customer Success once a year; a monthly one rolls on by itself, so its next renewal is the first
 * monthly anniversary on or after today. Carries a version: a change made from a stale one is refused.
 */
public record Contract(
        long accountId,
        LocalDate startedOn,
        ContractTerm term,
        LocalDate renewalOn,
        ContractStatus status,
        String churnReason,
        String churnComment,
        LocalDate churnedOn,
        Long dealId,
        Instant updatedAt,
        int version) {

    public boolean active() {
        return status == ContractStatus.ACTIVE;
    }

    /** The renewal date that is due next, as of the day: a monthly contract's rolls on month by month. */
    public LocalDate nextRenewal(LocalDate today) {
        if (term != ContractTerm.MONTHLY || !renewalOn.isBefore(today)) {
            return renewalOn;
        }
        long months = ChronoUnit.MONTHS.between(renewalOn, today);
        LocalDate next = renewalOn.plusMonths(months);
        return next.isBefore(today) ? renewalOn.plusMonths(months + 1) : next;
    }

    /** An annual contract whose renewal day has passed without a decision. */
    public boolean overdue(LocalDate today) {
        return active() && nextRenewal(today).isBefore(today);
    }

    public long daysToRenewal(LocalDate today) {
        return ChronoUnit.DAYS.between(today, nextRenewal(today));
    }
}
