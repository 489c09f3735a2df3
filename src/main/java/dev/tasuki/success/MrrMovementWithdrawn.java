package dev.tasuki.success;

import java.time.LocalDate;

/**
 * A movement announced before is no longer true: a level was replaced (a second change the same day) or set in the
 * past, and the account's movements were derived afresh without it. Read models that add up {@link MrrMoved} subtract
 * this one.
 */
public record MrrMovementWithdrawn(
        long accountId, MovementKind kind, long amount, LocalDate movementOn, long mrrBefore, long mrrAfter) {}
