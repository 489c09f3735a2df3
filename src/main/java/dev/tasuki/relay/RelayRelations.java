package dev.tasuki.relay;

/**
 * The relay's data as other modules' set-based SQL may read it (the KPI engine's read models and their rebuilds): each
 * method answers a subquery in parentheses, to be given an alias, with exactly the columns it names, whatever the
 * tables behind it. Read-only; the tables stay this module's own.
 */
public final class RelayRelations {

    private RelayRelations() {}

    /**
     * Every lead: id, account_id (null until it is attached to one), created_at, and what the KPI engine breaks figures
     * down by: source ({@link LeadSource}), campaign_id, owner_id and segment (a {@link dev.tasuki.customer.Segment});
     * the last three may be null.
     */
    public static String leads() {
        return "(select id, account_id, created_at, source, campaign_id, owner_id, segment from lead)";
    }

    /** Every lead's stage history: lead_id, to_stage (the {@link LifecycleStage} entered) and entered_at. */
    public static String stageEntries() {
        return "(select lead_id, to_stage, entered_at from stage_entry)";
    }

    /**
     * Every handoff: id, lead_id, kind ({@link HandoffKind}), sent_by, created_at, due_at, status
     * ({@link HandoffStatus}), and once answered responded_at and, for a rejection, reason_code.
     */
    public static String handoffs() {
        return "(select id, lead_id, kind, sent_by, created_at, due_at, status, responded_at, reason_code"
                + " from handoff)";
    }
}
