package dev.tasuki.kpi.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;

/**
 * The part of a figure's SQL that narrows and groups by the lead a row belongs to: a join to the lead (only when a
 * filter or a grouping needs it), the filter conditions and the group key. One place for every figure, so that
 * "source" means the same in the funnel, the handoffs and the closed loop.
 */
record LeadScope(LeadFilter filter, Grouping grouping, String leadIdColumn) {

    boolean needsLead() {
        return !filter.isEmpty() || grouping != null && grouping != Grouping.SENDER;
    }

    String join() {
        return needsLead() ? " join lead l on l.id = " + leadIdColumn : "";
    }

    String conditions() {
        List<String> conditions = new ArrayList<>();
        if (filter.source() != null) {
            conditions.add("l.source = :source");
        }
        if (filter.campaign() != null) {
            conditions.add("l.campaign_id = :campaign");
        }
        if (filter.owner() != null) {
            conditions.add("l.owner_id = :owner");
        }
        if (filter.segment() != null) {
            conditions.add("l.segment = :segment");
        }
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    /** The SQL of the group key as text, or null when not grouped. */
    String key(String senderColumn) {
        if (grouping == null) {
            return null;
        }
        return switch (grouping) {
            case SOURCE -> "l.source";
            case CAMPAIGN -> "cast(l.campaign_id as varchar(20))";
            case OWNER -> "cast(l.owner_id as varchar(20))";
            case SEGMENT -> "l.segment";
            case SENDER -> "cast(" + senderColumn + " as varchar(20))";
        };
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("source", filter.source()).param("campaign", filter.campaign())
                .param("owner", filter.owner()).param("segment", filter.segment());
    }
}
