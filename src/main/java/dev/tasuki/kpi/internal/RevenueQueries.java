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

    /** The window's movements by kind, amounts signed as recorded. */
    public record Sums(Map<MovementKind, Long> amounts) {

        public long amount(MovementKind kind) {
            return amounts.getOrDefault(kind, 0L);
        }
    }

    /** MRR and customers at each day asked for, and the window's movements by kind. */
    public record Days(List<Point> points, Sums sums) {}

    /**
     * The window's movements by account: distinct accounts with a NEW movement and with a CHURN movement, and the
     * EXPANSION and the CONTRACTION and CHURN (as a positive amount) of accounts that had MRR > 0 at its start.
     */
    public record Movements(long newAccounts, long churnedAccounts, long retainedExpansion, long retainedLosses) {}

    private final JdbcClient jdbc;

    RevenueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** MRR and customers at a day: mrrAt(d) and the accounts with MRR > 0 at d. */
    public record Point(long mrr, long customers) {}

    /**
     * mrrAt(d) (the sum of movements before d) and the customers at d for each day, and the sums of the window [from,
     * to) by kind. For the whole company, what came before a day's month is read from the monthly sums (a row a month)
     * and only that month's days from the daily sums, so the answer reads the window, not its history; a source's or a
     * campaign's is read from every day before.
     */
    public Days days(List<LocalDate> days, LocalDate from, LocalDate to, Scope scope) {
        boolean byMonth = scope.equals(Scope.ALL);
        List<LocalDate> monthStarts =
                days.stream().map(day -> day.withDayOfMonth(1)).toList();
        long[][] before = byMonth ? monthsBefore(monthStarts) : new long[2][days.size()];
        // by month, a day that starts its month is answered by the monthly sums alone
        boolean[] inMonth = new boolean[days.size()];
        LocalDate first = from;
        StringBuilder select = new StringBuilder("select 0 z");
        for (int i = 0; i < days.size(); i++) {
            inMonth[i] = !byMonth || !days.get(i).equals(monthStarts.get(i));
            if (!inMonth[i]) {
                continue;
            }
            first = monthStarts.get(i).isBefore(first) ? monthStarts.get(i) : first;
            String since = byMonth ? "movement_on >= :t" + i + " and " : "";
            select.append(", coalesce(sum(case when ")
                    .append(since)
                    .append("movement_on < :d")
                    .append(i)
                    .append(" then amount end), 0) m")
                    .append(i)
                    .append(", coalesce(sum(case when ")
                    .append(since)
                    .append("movement_on < :d")
                    .append(i)
                    .append(" then ")
                    .append(MrrRows.CUSTOMERS)
                    .append(" end), 0) c")
                    .append(i);
        }
        for (MovementKind kind : MovementKind.values()) {
            select.append(", coalesce(sum(case when movement_on >= :from and movement_on < :to and kind = '")
                    .append(kind.name())
                    .append("' then amount end), 0) s_")
                    .append(kind.name());
        }
        JdbcClient.StatementSpec statement = statement(
                        select + " from kpi_mrr_day where movement_on < :last"
                                + (byMonth ? " and movement_on >= :first" : "") + scope.conditions(""),
                        scope)
                .param("last", days.stream().max(LocalDate::compareTo).orElseThrow())
                .param("first", first)
                .param("from", from)
                .param("to", to);
        for (int i = 0; i < days.size(); i++) {
            if (inMonth[i]) {
                statement = statement.param("d" + i, days.get(i)).param("t" + i, monthStarts.get(i));
            }
        }
        return statement
                .query((rs, n) -> {
                    List<Point> points = new java.util.ArrayList<>();
                    for (int i = 0; i < days.size(); i++) {
                        points.add(
                                inMonth[i]
                                        ? new Point(
                                                before[0][i] + rs.getLong("m" + i), before[1][i] + rs.getLong("c" + i))
                                        : new Point(before[0][i], before[1][i]));
                    }
                    Map<MovementKind, Long> amounts = new EnumMap<>(MovementKind.class);
                    for (MovementKind kind : MovementKind.values()) {
                        amounts.put(kind, rs.getLong("s_" + kind.name()));
                    }
                    return new Days(points, new Sums(amounts));
                })
                .single();
    }

    /** The company's MRR (row 0) and customers (row 1) from the monthly sums of the months before each month start. */
    private long[][] monthsBefore(List<LocalDate> monthStarts) {
        StringBuilder select = new StringBuilder("select 0 z");
        for (int i = 0; i < monthStarts.size(); i++) {
            select.append(", coalesce(sum(case when month_start < :t")
                    .append(i)
                    .append(" then amount end), 0) m")
                    .append(i)
                    .append(", coalesce(sum(case when month_start < :t")
                    .append(i)
                    .append(" then customers end), 0) c")
                    .append(i);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(select + " from kpi_mrr_month where month_start < :last")
                .param("last", monthStarts.stream().max(LocalDate::compareTo).orElseThrow());
        for (int i = 0; i < monthStarts.size(); i++) {
            statement = statement.param("t" + i, monthStarts.get(i));
        }
        return statement
                .query((rs, n) -> {
                    long[][] sums = new long[2][monthStarts.size()];
                    for (int i = 0; i < monthStarts.size(); i++) {
                        sums[0][i] = rs.getLong("m" + i);
                        sums[1][i] = rs.getLong("c" + i);
                    }
                    return sums;
                })
                .single();
    }

    /**
     * For each month [b(i), b(i+1)) between the boundaries: the contraction and churn (as a positive amount) of the
     * accounts that had MRR > 0 at the month's start; what each month's gross revenue churn counts.
     */
    public long[] monthlyLosses(List<LocalDate> boundaries, Scope scope) {
        StringBuilder monthStart = new StringBuilder("case");
        for (int i = 0; i + 1 < boundaries.size(); i++) {
            monthStart
                    .append(" when m.movement_on < :b")
                    .append(i + 1)
                    .append(" then :b")
                    .append(i);
        }
        monthStart.append(" end");
        JdbcClient.StatementSpec statement = statement(
                        "select month_start, -sum(amount) loss from (select " + monthStart
                                + " month_start, m.amount, m.account_id, m.life_started_on from kpi_mrr_movement m"
                                + " where m.kind in ('CONTRACTION', 'CHURN') and m.movement_on >= :b0 and"
                                + " m.movement_on < :last"
                                + scope.conditions("m.") + ") m where " + paying("m.month_start")
                                + " group by month_start",
                        scope)
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

    /** The window's new and churned accounts and the retained accounts' movements, in one pass over its movements. */
    public Movements movements(LocalDate from, LocalDate to, Scope scope) {
        return statement(
                        "select count(distinct case when kind = 'NEW' then account_id end) came,"
                                + " count(distinct case when kind = 'CHURN' then account_id end) left_,"
                                + " coalesce(sum(case when kind = 'EXPANSION' and paying = 1 then amount end), 0)"
                                + " expansion,"
                                + " coalesce(-sum(case when kind in ('CONTRACTION', 'CHURN') and paying = 1 then"
                                + " amount end), 0) losses"
                                + " from (select m.kind, m.account_id, m.amount, case when m.kind <> 'NEW' and "
                                + paying(":from")
                                + " then 1 else 0 end paying from kpi_mrr_movement m"
                                + " where m.kind in ('NEW', 'EXPANSION', 'CONTRACTION', 'CHURN') and"
                                + " m.movement_on >= :from"
                                + " and m.movement_on < :to" + scope.conditions("m.") + ") m",
                        scope)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Movements(
                        rs.getLong("came"), rs.getLong("left_"), rs.getLong("expansion"), rs.getLong("losses")))
                .single();
    }

    /**
     * Whether the account of movement m had MRR > 0 at the start of a day (m on or after it): yes if m's paying life
     * began before the day; otherwise, rarely (a life that began since, after one that ended since), if the account's
     * last movement before the day left it above 0.
     */
    private static String paying(String day) {
        return "(m.life_started_on < " + day + " or (select p.mrr_after from kpi_mrr_movement p"
                + " where p.account_id = m.account_id and p.movement_on < " + day
                + " order by p.movement_on desc, p.id desc fetch first 1 rows only) > 0)";
    }

    /** The sources or campaigns (as text) that brought accounts with movements, for a breakdown. */
    public List<String> keys(boolean byCampaign) {
        return jdbc.sql(
                        byCampaign
                                ? "select distinct cast(campaign_id as varchar(20)) from kpi_mrr_day order by 1"
                                : "select distinct source from kpi_mrr_day order by 1")
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec statement(String sql, Scope scope) {
        return jdbc.sql(sql).param("source", scope.source()).param("campaign", scope.campaign());
    }
}
