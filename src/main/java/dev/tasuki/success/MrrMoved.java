package dev.tasuki.success;

import java.time.LocalDate;

/**
 * An account's MRR moved: published, in the transaction that set the level, for each movement that the new derivation
 * has and the previous one did not. amount is signed (negative for CONTRACTION and CHURN). A level changed later (the
 * same day, or in the past) can also withdraw movements: see {@link MrrMovementWithdrawn}.
 */
public record MrrMoved(
        long accountId, MovementKind kind, long amount, LocalDate movementOn, long mrrBefore, long mrrAfter) {}
