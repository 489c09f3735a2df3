package dev.tasuki.kpi.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.deal.DealRelations;
import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.LeadFilter;

/**
 * Closed and open deals, read from the deal module's published relations (the deals themselves are the read model: a
 * window of closed deals is one index range), each deal attributed to the lead it came from or else its account's.
 */
@Component
public class DealQueries {

    public record Closed(String key, long won, long lost, long wonAmount, BigDecimal medianCycleSeconds) {}

    public record Open(String key, long amount, BigDecimal weightedAmount) {}

    private static final String DEAL_LEAD = "coalesce(d.lead_id, " + Attribution.leadOf("d.account_id") + ")";

    private final JdbcClient jdbc;

    DealQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Closed> closed(Instant from, Instant to, LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.joined(filter, grouping, DEAL_LEAD);
        String key = scope.key(null);
        String sql = "select " + (key == null ? "null" : key) + " k,"
                + " count(*) filter (where d.status = 'WON') won, count(*) filter (where d.status = 'LOST') lost,"
                + " coalesce(sum(d.amount) filter (where d.status = 'WON'), 0) won_amount,"
                + " percentile_cont(0.5) within group (order by " + Epoch.of("d.closed_at") + " - "
                + Epoch.of("d.created_at") + ") filter (where d.status = 'WON') cycle"
                + " from " + DealRelations.deals() + " d" + scope.join()
                + " where d.closed_at >= :from and d.closed_at < :to and d.status in ('WON', 'LOST')"
                + scope.conditions()
                + (key == null ? "" : " group by " + key);
        return scope.bind(jdbc.sql(sql))
                .param("from", utc(from))
                .param("to", utc(to))
                .query((rs, n) -> new Closed(
                        rs.getString("k"),
                        rs.getLong("won"),
                        rs.getLong("lost"),
                        rs.getLong("won_amount"),
                        rs.getBigDecimal("cycle")))
                .list();
    }

    public List<Open> open(LeadFilter filter, Grouping grouping) {
        LeadScope scope = LeadScope.joined(filter, grouping, DEAL_LEAD);
        String key = scope.key(null);
        String sql = "select " + (key == null ? "null" : key) + " k, coalesce(sum(d.amount), 0) amount,"
                + " coalesce(sum(cast(d.amount as numeric(38, 0)) * s.probability), 0) weighted"
                + " from " + DealRelations.deals() + " d join " + DealRelations.stages() + " s on s.code = d.stage"
                + scope.join()
                + " where d.status = 'OPEN'" + scope.conditions() + (key == null ? "" : " group by " + key);
        return scope.bind(jdbc.sql(sql))
                .query((rs, n) -> new Open(
                        rs.getString("k"),
                        rs.getLong("amount"),
                        rs.getBigDecimal("weighted").movePointLeft(2)))
                .list();
    }
}
