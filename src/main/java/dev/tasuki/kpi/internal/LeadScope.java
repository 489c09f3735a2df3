package dev.tasuki.kpi.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;

/**
 * The part of a figure's SQL that narrows and groups by the lead a row belongs to: the filter conditions, the group key
 * and, for a read model that does not carry the lead's source, campaign, owner and segment itself, a join to the lead's
 * funnel row, which carries them as the lead has them now (only when a filter or a grouping needs it). One place for
 * every figure, so that "source" means the same in the funnel, the handoffs and the closed loop.
 *
 * @param leadIdColumn the column with the lead's id to join its funnel row on, or null when the row has the lead's
 *     columns
 * @param alias the alias of the table with the lead's columns: {@code l} (the joined funnel row) or the read model's
 *     own
 */
record LeadScope(LeadFilter filter, Grouping grouping, String leadIdColumn, String alias) {

    /** Narrowed through the lead's funnel row, joined on the lead id in that column. */
    static LeadScope joined(LeadFilter filter, Grouping grouping, String leadIdColumn) {
        return new LeadScope(filter, grouping, leadIdColumn, "l");
    }

    /** Narrowed by the lead's columns the read model of that alias keeps itself: no join. */
    static LeadScope carried(LeadFilter filter, Grouping grouping, String alias) {
        return new LeadScope(filter, grouping, null, alias);
    }

    private boolean needsLead() {
        return !filter.isEmpty() || grouping != null && grouping != Grouping.SENDER;
    }

    /**
     * Outer, so that a row no lead brought (a deal of an account without leads) stays in a breakdown, in the group
     * without a key, and the groups add up to the total; a filter's conditions leave such rows out as an inner join
     * would.
     */
    String join() {
        return leadIdColumn != null && needsLead() ? " left join kpi_lead_funnel l on l.lead_id = " + leadIdColumn : "";
    }

    String conditions() {
        List<String> conditions = new ArrayList<>();
        if (filter.source() != null) {
            conditions.add(alias + ".source = :source");
        }
        if (filter.campaign() != null) {
            conditions.add(alias + ".campaign_id = :campaign");
        }
        if (filter.owner() != null) {
            conditions.add(alias + ".owner_id = :owner");
        }
        if (filter.segment() != null) {
            conditions.add(alias + ".segment = :segment");
        }
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    /** The SQL of the group key as text, or null when not grouped. */
    String key(String senderColumn) {
        if (grouping == null) {
            return null;
        }
        return switch (grouping) {
            case SOURCE -> alias + ".source";
            case CAMPAIGN -> "cast(" + alias + ".campaign_id as varchar(20))";
            case OWNER -> "cast(" + alias + ".owner_id as varchar(20))";
            case SEGMENT -> alias + ".segment";
            case SENDER -> "cast(" + senderColumn + " as varchar(20))";
        };
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement
                .param("source", filter.source())
                .param("campaign", filter.campaign())
                .param("owner", filter.owner())
                .param("segment", filter.segment());
    }
}
