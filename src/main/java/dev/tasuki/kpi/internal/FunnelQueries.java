package dev.tasuki.kpi.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.Window;

/**
 * Counts and median durations of the funnel from kpi_lead_funnel, in one query per funnel (per grouping).
 */
@Component
public class FunnelQueries {

    /** Per group (key null for the total): how many reached each stage, and median seconds to the next. */
    public record Counts(String key, long[] reached, BigDecimal[] medianSeconds) {
    }

    private static final int STAGES = 6;

    private final JdbcClient jdbc;

    FunnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Counts> counts(Window window, ZoneId zone, FunnelBasis basis, LeadFilter filter, Grouping grouping) {
        LeadScope scope = new LeadScope(filter, grouping, "f.lead_id");
        List<String> columns = stageColumns();
        String key = scope.key(null);
        StringBuilder select = new StringBuilder("select ").append(key == null ? "null" : key).append(" k");
        for (int i = 0; i < STAGES; i++) {
            String in = inWindow(columns.get(i));
            select.append(basis == FunnelBasis.COHORT ? ", count(" + columns.get(i) + ")" : ", count(*) filter (where " + in + ")")
                    .append(" c").append(i);
        }
        for (int i = 0; i + 1 < STAGES; i++) {
            // differences with a null (the next stage not reached) are left out of the median
            select.append(", percentile_cont(0.5) within group (order by ").append(columns.get(i + 1)).append(" - ")
                    .append(columns.get(i)).append(")");
            if (basis == FunnelBasis.PERIOD) {
                select.append(" filter (where ").append(inWindow(columns.get(i))).append(")");
            }
            select.append(" m").append(i);
        }
        String where = basis == FunnelBasis.COHORT ? inWindow("f.lead_s")
                : "(" + String.join(" or ", columns.stream().map(FunnelQueries::inWindow).toList()) + ")";
        String sql = select + " from kpi_lead_funnel f" + scope.join() + " where " + where + scope.conditions()
                + (key == null ? "" : " group by " + key);
        return scope.bind(jdbc.sql(sql))
                .param("from", window.fromSecond(zone)).param("to", window.toSecond(zone))
                .query(FunnelQueries::counts).list();
    }

    private static List<String> stageColumns() {
        List<String> columns = new ArrayList<>();
        for (String column : FunnelColumns.ALL.subList(1, FunnelColumns.ALL.size())) {
            columns.add("f." + column);
        }
        return columns;
    }

    private static String inWindow(String column) {
        return column + " >= :from and " + column + " < :to";
    }

    private static Counts counts(ResultSet rs, int row) throws SQLException {
        long[] reached = new long[STAGES];
        BigDecimal[] medians = new BigDecimal[STAGES - 1];
        for (int i = 0; i < STAGES; i++) {
            reached[i] = rs.getLong("c" + i);
        }
        for (int i = 0; i + 1 < STAGES; i++) {
            medians[i] = rs.getBigDecimal("m" + i);
        }
        return new Counts(rs.getString("k"), reached, medians);
    }
}
