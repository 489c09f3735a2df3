package dev.tasuki.success;

import java.time.LocalDate;

/**
 * What a renewal decision did: the renewal day it was for, the next one (none when lost), the MRR before and after, the
 * movement it made (none for a renewal at the same MRR) and the contract's new version.
 */
public record RenewalDecision(
        long accountId,
        RenewalOutcome outcome,
        LocalDate renewalOn,
        LocalDate nextRenewalOn,
        long mrrBefore,
        long mrrAfter,
        MovementKind movement,
        int version) {}
