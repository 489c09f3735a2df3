package dev.tasuki.kpi.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.Window;

/**
 * Counts and median durations of the funnel from kpi_lead_funnel, in one query per funnel (per grouping). The rows
 * carry the lead's source, campaign, owner and segment, so filters and breakdowns read no other table; the indexes of
 * V16__kpi_speed.sql cover what each basis reads, so a window is read from an index alone.
 */
@Component
public class FunnelQueries {

    /** Per group (key null for the total): how many reached each stage, and median seconds to the next. */
    public record Counts(String key, long[] reached, BigDecimal[] medianSeconds) {}

    private static final int STAGES = 6;

    private final JdbcClient jdbc;

    FunnelQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Counts> counts(Window window, ZoneId zone, FunnelBasis basis, LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.carried(filter, grouping, "f");
        String key = scope.key(null);
        String sql = basis == FunnelBasis.COHORT ? cohort(scope, key) : period(scope, key);
        JdbcClient.StatementSpec statement =
                scope.bind(jdbc.sql(sql)).param("from", window.fromSecond(zone)).param("to", window.toSecond(zone));
        return basis == FunnelBasis.COHORT
                ? statement.query(FunnelQueries::counts).list()
                : byKey(statement);
    }

    /**
     * The leads created in the window, one pass over the covering cohort index: a stage's count is its non-null
     * entries, and the differences with a null (the next stage not reached) are left out of the median.
     */
    private static String cohort(LeadScope scope, String key) {
        List<String> columns = stageColumns();
        StringBuilder select =
                new StringBuilder("select ").append(key == null ? "null" : key).append(" k");
        for (int i = 0; i < STAGES; i++) {
            select.append(", count(").append(columns.get(i)).append(") c").append(i);
        }
        for (int i = 0; i + 1 < STAGES; i++) {
            select.append(", ").append(median(columns, i)).append(" m").append(i);
        }
        return select + " from kpi_lead_funnel f where " + inWindow("f.lead_s") + scope.conditions()
                + (key == null ? "" : " group by " + key);
    }

    /**
     * The first entries into each stage that fall in the window: one index range per stage (each stage's index also
     * holds the next stage's entry, for the median), rather than one pass over every row any stage touches.
     */
    private static String period(LeadScope scope, String key) {
        List<String> columns = stageColumns();
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < STAGES; i++) {
            branches.add("select " + (key == null ? "null" : key) + " k, " + i + " stage, count(*) n, "
                    + (i + 1 < STAGES ? median(columns, i) : "null") + " m from kpi_lead_funnel f where "
                    + inWindow(columns.get(i)) + scope.conditions() + (key == null ? "" : " group by " + key));
        }
        return String.join(" union all ", branches);
    }

    /** The period basis answers a row per group and stage: gathered into one {@link Counts} per group. */
    private static List<Counts> byKey(JdbcClient.StatementSpec statement) {
        Map<String, Counts> groups = new LinkedHashMap<>();
        statement.query(rs -> {
            Counts counts = groups.computeIfAbsent(
                    rs.getString("k"), key -> new Counts(key, new long[STAGES], new BigDecimal[STAGES - 1]));
            int stage = rs.getInt("stage");
            counts.reached()[stage] = rs.getLong("n");
            if (stage + 1 < STAGES) {
                counts.medianSeconds()[stage] = rs.getBigDecimal("m");
            }
        });
        return new ArrayList<>(groups.values());
    }

    private static String median(List<String> columns, int stage) {
        return "percentile_cont(0.5) within group (order by " + columns.get(stage + 1) + " - " + columns.get(stage)
                + ")";
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
