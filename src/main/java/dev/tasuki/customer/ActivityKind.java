package dev.tasuki.customer;

/** What kind of touch an activity was. A task has a due date and is done later. */
public enum ActivityKind {
    CALL,
    EMAIL,
    MEETING,
    NOTE,
    TASK;

    public String messageKey() {
        return "activity.kind." + name();
    }

    /** The timeline kind of an entry written for an activity of this kind, e.g. ACTIVITY_CALL. */
    public TimelineKind timelineKind() {
        return TimelineKind.valueOf("ACTIVITY_" + name());
    }
}
