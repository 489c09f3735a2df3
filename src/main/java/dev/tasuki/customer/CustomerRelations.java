package dev.tasuki.customer;

/**
 * The customer module's data as other modules' set-based SQL may read it (the KPI engine's rebuilds, the relay's
 * evidence): each method answers a subquery in parentheses, to be given an alias, with exactly the columns it names,
 * whatever the tables behind it. Read-only; the tables stay this module's own.
 */
public final class CustomerRelations {

    private CustomerRelations() {}

    /**
     * Every activity: lead_id and account_id (either may be null), kind ({@link ActivityKind}), by_department (a
     * {@link dev.tasuki.identity.Department}, null for an activity of no department) and occurred_at.
     */
    public static String activities() {
        return "(select lead_id, account_id, kind, by_department, occurred_at from activity)";
    }
}
