package dev.tasuki.kpi.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.Window;

/** Handoff counts, SLA, response times, rejection reasons and speed to lead from kpi_handoff. */
@Component
public class HandoffQueries {

    public record KindCounts(
            String key,
            String kind,
            long created,
            long accepted,
            long rejected,
            long pending,
            long slaMet,
            long slaDecided,
            BigDecimal medianResponseSeconds) {}

    public record Reasons(String key, String kind, String reasonCode, long count) {}

    public record SpeedToLead(String key, BigDecimal medianSeconds) {}

    private final JdbcClient jdbc;

    HandoffQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<KindCounts> kinds(Window window, ZoneId zone, long nowSecond, LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.joined(filter, grouping, "h.lead_id");
        String key = key(scope);
        return statement(
                        scope,
                        window,
                        zone,
                        "select " + key + " k, h.kind,"
                                + " count(*) created,"
                                + " count(*) filter (where h.status = 'ACCEPTED') accepted,"
                                + " count(*) filter (where h.status = 'REJECTED') rejected,"
                                + " count(*) filter (where h.status = 'PENDING') pending,"
                                + " count(*) filter (where h.responded_s <= h.due_s) sla_met,"
                                + " count(*) filter (where h.responded_s is not null or h.due_s < :now) sla_decided,"
                                + " percentile_cont(0.5) within group (order by h.responded_s - h.created_s)"
                                + " median_response",
                        "group by " + groupBy(key) + "h.kind")
                .param("now", nowSecond)
                .query((rs, n) -> new KindCounts(
                        rs.getString("k"),
                        rs.getString("kind"),
                        rs.getLong("created"),
                        rs.getLong("accepted"),
                        rs.getLong("rejected"),
                        rs.getLong("pending"),
                        rs.getLong("sla_met"),
                        rs.getLong("sla_decided"),
                        rs.getBigDecimal("median_response")))
                .list();
    }

    public List<Reasons> reasons(Window window, ZoneId zone, LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.joined(filter, grouping, "h.lead_id");
        String key = key(scope);
        return statement(
                        scope,
                        window,
                        zone,
                        "select " + key + " k, h.kind, h.reason_code, count(*) n",
                        "and h.status = 'REJECTED' group by " + groupBy(key)
                                + "h.kind, h.reason_code order by n desc, h.reason_code")
                .query((rs, n) -> new Reasons(
                        rs.getString("k"), rs.getString("kind"), rs.getString("reason_code"), rs.getLong("n")))
                .list();
    }

    public List<SpeedToLead> speedToLead(Window window, ZoneId zone, LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.joined(filter, grouping, "h.lead_id");
        String key = key(scope);
        return statement(
                        scope,
                        window,
                        zone,
                        "select " + key
                                + " k, percentile_cont(0.5) within group (order by h.first_touch_s - h.created_s) m",
                        "and h.kind = 'MKT_IS'" + (key.equals("null") ? "" : " group by " + key))
                .query((rs, n) -> new SpeedToLead(rs.getString("k"), rs.getBigDecimal("m")))
                .list();
    }

    private JdbcClient.StatementSpec statement(
            LeadScope scope, Window window, ZoneId zone, String select, String tail) {
        String sql = select + " from kpi_handoff h" + scope.join() + " where h.created_s >= :from and h.created_s < :to"
                + scope.conditions() + " " + tail;
        return scope.bind(jdbc.sql(sql)).param("from", window.fromSecond(zone)).param("to", window.toSecond(zone));
    }

    private static String key(LeadScope scope) {
        String key = scope.key("h.sent_by");
        return key == null ? "null" : key;
    }

    private static String groupBy(String key) {
        return key.equals("null") ? "" : key + ", ";
    }
}
