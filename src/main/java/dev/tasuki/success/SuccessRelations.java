package dev.tasuki.success;

/**
 * The success module's data as other modules' set-based SQL may read it (the KPI engine's revenue read models and their
 * rebuilds): each method answers a subquery in parentheses, to be given an alias, with exactly the columns it names,
 * whatever the tables behind it. Read-only; the tables stay this module's own.
 */
public final class SuccessRelations {

    private SuccessRelations() {}

    /**
     * Every MRR movement, in the order recorded by id: id, account_id, movement_on, kind ({@link MovementKind}), amount
     * (signed, as {@link MrrMoved#amount()}), mrr_before and mrr_after.
     */
    public static String movements() {
        return "(select id, account_id, movement_on, kind, amount, mrr_before, mrr_after from mrr_movement)";
    }
}
