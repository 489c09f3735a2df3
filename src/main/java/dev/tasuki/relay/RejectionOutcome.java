package dev.tasuki.relay;

/**
 * Where a lead goes when its handoff is rejected, as the reason code says: back to nurture, out of the funnel, or back
 * to the sender, who stays at the stage it owns and may send again.
 */
public enum RejectionOutcome {
    RECYCLED,
    DISQUALIFIED,
    RETURNED
}
