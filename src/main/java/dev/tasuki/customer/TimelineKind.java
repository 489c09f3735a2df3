package dev.tasuki.customer;

/**
 * What a timeline entry tells, shown as the message {@code timeline.<KIND>}. Every module writes its own kinds (relay
 * the stages and handoffs, success the MRR movements and renewals); they are listed here, with the timeline, so that a
 * kind is one of these and never a loose string.
 */
public enum TimelineKind {
    ACTIVITY_CALL,
    ACTIVITY_EMAIL,
    ACTIVITY_MEETING,
    ACTIVITY_NOTE,
    ACTIVITY_TASK,
    ACCOUNT_CREATED,
    ACCOUNT_OWNER_CHANGED,
    CONTACT_CREATED,
    CONTACT_OWNER_CHANGED,
    LEAD_CREATED,
    CAPTURE_SUBMITTED,
    STAGE_CHANGED,
    HANDOFF_SENT,
    HANDOFF_ACCEPTED,
    HANDOFF_REJECTED,
    MRR_NEW,
    MRR_EXPANSION,
    MRR_CONTRACTION,
    MRR_CHURN,
    MRR_REACTIVATION,
    RENEWAL_RENEWED,
    RENEWAL_LOST;

    public String messageKey() {
        return "timeline." + name();
    }
}
