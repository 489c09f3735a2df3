package dev.tasuki.success;

import java.time.LocalDate;

/**
 * A change of an account's MRR, derived from its levels. amount is signed (mrrAfter − mrrBefore): negative for
 * CONTRACTION and CHURN.
 */
public record MrrMovement(
        long accountId, LocalDate movementOn, MovementKind kind, long amount, long mrrBefore, long mrrAfter) {}
