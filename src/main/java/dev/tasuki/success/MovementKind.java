package dev.tasuki.success;

import dev.tasuki.customer.TimelineKind;

/**
 * What a change of an account's MRR level was (METRICS.md): NEW from 0, REACTIVATION from 0 for an account that had MRR
 * before, EXPANSION up, CONTRACTION down staying above 0, CHURN to 0.
 */
public enum MovementKind {
    NEW,
    EXPANSION,
    CONTRACTION,
    CHURN,
    REACTIVATION;

    public String messageKey() {
        return "mrr.kind." + name();
    }

    /** The timeline kind of the entry written for a movement of this kind, e.g. MRR_EXPANSION. */
    public TimelineKind timelineKind() {
        return TimelineKind.valueOf("MRR_" + name());
    }
}
