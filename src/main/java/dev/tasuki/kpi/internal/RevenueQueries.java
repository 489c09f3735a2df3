package dev.tasuki.kpi.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.success.MovementKind;

/**
 * MRR at a date, customers at a date and the window's movements, from kpi_mrr_day (a few rows per day) and
 * kpi_mrr_movement (the window's own movements). A scope narrows all of them to one source or campaign.
 */
@Component
public class RevenueQueries {

    /** The source and/or campaign (ids as text) whose accounts a figure counts; nulls for all. */
    public record Scope(String source, Long campaign) {

        public static final Scope ALL = new Scope(null, null);

        String conditions(String alias) {
            return (source == null ? "" : " and " + alias + "source = :source")
                    + (campaign == null ? "" : " and " + alias + "campaign_id = :campaign");
        }
    }

    public record Sums(Map<MovementKind, Long> amounts, Map<MovementKind, Long> movements) {

        public long amount(MovementKind kind) {
            return amounts.getOrDefault(kind, 0L);
        }
    }

    private final JdbcClient jdbc;

    RevenueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** MRR and customers at a day: mrrAt(d) and the accounts with MRR > 0 at d. */
    public record Point(long mrr, long customers) {
    }

    /**
     * mrrAt(d) (the sum of movements before d) and the customers at d for each day, in one pass over the daily sums.
     * Every life starts with NEW or REACTIVATION and ends with CHURN, so the customers at d are those counts before d.
     */
    public List<Point> at(List<LocalDate> days, Scope scope) {
        StringBuilder select = new StringBuilder("select 0 z");
        for (int i = 0; i < days.size(); i++) {
            select.append(", coalesce(sum(case when movement_on < :d").append(i).append(" then amount end), 0) m").append(i)
                    .append(", coalesce(sum(case when movement_on < :d").append(i)
                    .append(" then case when kind in ('NEW', 'REACTIVATION') then movements when kind = 'CHURN' then -movements")
                    .append(" else 0 end end), 0) c").append(i);
        }
        JdbcClient.StatementSpec statement = statement(select + " from kpi_mrr_day where movement_on < :last"
                + scope.conditions(""), scope).param("last", days.stream().max(LocalDate::compareTo).orElseThrow());
        for (int i = 0; i < days.size(); i++) {
            statement = statement.param("d" + i, days.get(i));
        }
        return statement.query((rs, n) -> {
            List<Point> points = new java.util.ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                points.add(new Point(rs.getLong("m" + i), rs.getLong("c" + i)));
            }
            return points;
        }).single();
    }

    /**
     * For each month [b(i), b(i+1)) between the boundaries: the contraction and churn (as a positive amount) of the
     * accounts that had MRR > 0 at the month's start; what each month's gross revenue churn counts.
     */
    public long[] monthlyLosses(List<LocalDate> boundaries, Scope scope) {
        StringBuilder monthStart = new StringBuilder("case");
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            monthStart.append(" when m.movement_on < :b").append(i + 1).append(" then :b").append(i);
        }
        monthStart.append(" end");
        JdbcClient.StatementSpec statement = statement("select month_start, -sum(amount) loss from (select " + monthStart
                + " month_start, m.amount from kpi_mrr_movement m where m.movement_on >= :b0 and m.movement_on < :last"
                + " and m.kind in ('CONTRACTION', 'CHURN') and (select p.mrr_after from kpi_mrr_movement p"
                + " where p.account_id = m.account_id and p.movement_on < " + monthStart
                + " order by p.movement_on desc, p.id desc fetch first 1 rows only) > 0" + scope.conditions("m.")
                + ") losses group by month_start", scope)
                .param("last", boundaries.get(boundaries.size() - 1));
        for (int i = 0; i < boundaries.size(); i++) {
            statement = statement.param("b" + i, boundaries.get(i));
        }
        long[] losses = new long[boundaries.size() - 1];
        statement.query(rs -> {
            losses[boundaries.indexOf(rs.getDate("month_start").toLocalDate())] = rs.getLong("loss");
        });
        return losses;
    }

    /** The window's movements by kind, amounts signed as recorded. */
    public Sums sums(LocalDate from, LocalDate to, Scope scope) {
        Map<MovementKind, Long> amounts = new EnumMap<>(MovementKind.class);
        Map<MovementKind, Long> movements = new EnumMap<>(MovementKind.class);
        statement("select kind, sum(amount) amount, sum(movements) n from kpi_mrr_day where movement_on >= :from and movement_on < :to"
                + scope.conditions("") + " group by kind", scope)
                .param("from", from).param("to", to)
                .query(rs -> {
                    MovementKind kind = MovementKind.valueOf(rs.getString("kind"));
                    amounts.put(kind, rs.getLong("amount"));
                    movements.put(kind, rs.getLong("n"));
                });
        return new Sums(amounts, movements);
    }

    /**
     * The window's EXPANSION, CONTRACTION and CHURN amounts of accounts that had MRR > 0 at from (their last movement
     * before from left them above 0): what NRR and gross revenue churn count.
     */
    public Map<MovementKind, Long> retained(LocalDate from, LocalDate to, Scope scope) {
        Map<MovementKind, Long> amounts = new EnumMap<>(MovementKind.class);
        statement("""
                select m.kind, sum(m.amount) amount from kpi_mrr_movement m
                 where m.movement_on >= :from and m.movement_on < :to and m.kind in ('EXPANSION', 'CONTRACTION', 'CHURN')
                   and (select p.mrr_after from kpi_mrr_movement p where p.account_id = m.account_id and p.movement_on < :from
                         order by p.movement_on desc, p.id desc fetch first 1 rows only) > 0
                """ + scope.conditions("m.") + " group by m.kind", scope)
                .param("from", from).param("to", to)
                .query(rs -> {
                    amounts.put(MovementKind.valueOf(rs.getString("kind")), rs.getLong("amount"));
                });
        return amounts;
    }

    /** Distinct accounts with a movement of the kind in the window. */
    public long accountsWith(MovementKind kind, LocalDate from, LocalDate to, Scope scope) {
        return statement("select count(distinct account_id) from kpi_mrr_movement where kind = :kind"
                + " and movement_on >= :from and movement_on < :to" + scope.conditions(""), scope)
                .param("kind", kind.name()).param("from", from).param("to", to).query(Long.class).single();
    }

    /** The sources or campaigns (as text) that brought accounts with movements, for a breakdown. */
    public List<String> keys(boolean byCampaign) {
        return jdbc.sql(byCampaign ? "select distinct cast(campaign_id as varchar(20)) from kpi_mrr_day order by 1"
                : "select distinct source from kpi_mrr_day order by 1").query(String.class).list();
    }

    private JdbcClient.StatementSpec statement(String sql, Scope scope) {
        return jdbc.sql(sql).param("source", scope.source()).param("campaign", scope.campaign());
    }
}
