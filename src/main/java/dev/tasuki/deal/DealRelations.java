package dev.tasuki.deal;

/**
 * The deal module's data as other modules' set-based SQL may read it (the KPI engine's figures and the attribution of
 * accounts to the lead that brought them): each method answers a subquery in parentheses, to be given an alias, with
 * exactly the columns it names, whatever the tables behind it. Read-only; the tables stay this module's own.
 */
public final class DealRelations {

    private DealRelations() {}

    /**
     * Every deal: id, account_id, lead_id (null for a deal no lead brought), type ({@link DealType}), status
     * ({@link DealStatus}), stage (a {@link #stages()} code), amount in yen, created_at, and closed_at once won or
     * lost.
     */
    public static String deals() {
        return "(select id, account_id, lead_id, type, status, stage, amount, created_at, closed_at from deal)";
    }

    /** The pipeline's stages: code and probability (a percentage). */
    public static String stages() {
        return "(select code, probability from deal_stage)";
    }
}
