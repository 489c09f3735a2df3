package dev.tasuki.kpi.internal;

/**
 * Which lead an account came from, for the closed loop (revenue and deals by the source and campaign that brought
 * them): the lead of the account's first won NEW deal, else the account's earliest lead. SQL, so that figures and
 * rebuilds attribute in the query rather than row by row.
 */
final class Attribution {

    /** Placeholders in the read models for an account no lead brought: keys cannot be null. */
    static final String NO_SOURCE = "-";
    static final long NO_CAMPAIGN = 0L;

    private Attribution() {
    }

    /** A scalar subquery: the id of the lead that brought the account in the given column, or null. */
    static String leadOf(String accountColumn) {
        return "coalesce((select d.lead_id from deal d where d.account_id = " + accountColumn
                + " and d.type = 'NEW' and d.status = 'WON' and d.lead_id is not null"
                + " order by d.closed_at, d.id fetch first 1 rows only),"
                + " (select l0.id from lead l0 where l0.account_id = " + accountColumn
                + " order by l0.created_at, l0.id fetch first 1 rows only))";
    }
}
