package dev.tasuki.kpi.internal;

import dev.tasuki.deal.DealRelations;
import dev.tasuki.relay.RelayRelations;

/**
 * Which lead an account came from, for the closed loop (revenue and deals by the source and campaign that brought
 * them): the lead of the account's first won NEW deal, else the account's earliest lead. SQL over the deal module's and
 * the relay's published relations, so that figures and rebuilds attribute in the query rather than row by row.
 */
final class Attribution {

    /** Placeholders in the read models for an account no lead brought: keys cannot be null. */
    static final String NO_SOURCE = "-";

    static final long NO_CAMPAIGN = 0L;

    private Attribution() {}

    /** A scalar subquery: the id of the lead that brought the account in the given column, or null. */
    static String leadOf(String accountColumn) {
        // aliases of their own, so that the caller's (a deal "d", say) cannot be captured by the subqueries
        return "coalesce((select won.lead_id from " + DealRelations.deals() + " won where won.account_id = "
                + accountColumn
                + " and won.type = 'NEW' and won.status = 'WON' and won.lead_id is not null"
                + " order by won.closed_at, won.id fetch first 1 rows only),"
                + " (select earliest.id from " + RelayRelations.leads() + " earliest where earliest.account_id = "
                + accountColumn
                + " order by earliest.created_at, earliest.id fetch first 1 rows only))";
    }
}
