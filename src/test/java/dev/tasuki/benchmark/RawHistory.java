package dev.tasuki.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tasuki.kpi.RevenueFigures;

/**
 * The benchmark's baseline: the endpoints' figures computed the way a BI user would, with plain SQL over the raw
 * history tables (lead, stage_entry, handoff, activity, mrr_movement, campaign) and no read model. Each query computes
 * the same figures as its endpoint, so that "× faster" compares like with like.
 */
final class RawHistory {

    /** The revenue figures of METRICS.md, as the revenue endpoint answers them (without the breakdown). */
    record Revenue(
            long mrrStart,
            long mrrEnd,
            long newMrr,
            long expansionMrr,
            long contractionMrr,
            long churnedMrr,
            long reactivationMrr,
            Double nrr,
            Double grossRevenueChurn,
            Double logoChurn,
            Long arpa,
            Double monthlyRevenueChurn,
            Long ltv,
            Long cac,
            long customersStart,
            long customersEnd,
            long newCustomers,
            long churnedCustomers) {}

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final String LOSS = "('CONTRACTION', 'CHURN')";

    private final JdbcClient jdbc;

    RawHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cohort funnel straight from the stage history: first entries per lead, implied ones included. */
    void funnel(long from, long to) {
        String reached = "min(case when e.to_stage in (%s) then e.entered_at end)";
        String sql = "select count(*), count(mql), count(sal), count(sq), count(opp), count(cust),"
                + " percentile_cont(0.5) within group (order by extract(epoch from mql) - extract(epoch from created)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from sal) - extract(epoch from mql)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from sq) - extract(epoch from sal)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from opp) - extract(epoch from sq)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from cust) - extract(epoch from opp))"
                + " from (select l.id, l.created_at created, "
                + String.format(reached, "'MQL','SAL','SQL','OPPORTUNITY','CUSTOMER'") + " mql, "
                + String.format(reached, "'SAL','SQL','OPPORTUNITY','CUSTOMER'") + " sal, "
                + String.format(reached, "'SQL','OPPORTUNITY','CUSTOMER'") + " sq, "
                + String.format(reached, "'OPPORTUNITY','CUSTOMER'") + " opp, "
                + String.format(reached, "'CUSTOMER'") + " cust"
                + " from lead l join stage_entry e on e.lead_id = l.id"
                + " where extract(epoch from l.created_at) >= :from and extract(epoch from l.created_at) < :to"
                + " group by l.id, l.created_at) x";
        jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows();
    }

    /** Handoff counts and speed to lead from the handoff and activity tables. */
    void handoffs(long from, long to) {
        String sql = "select h.kind, count(*), count(case when h.status = 'ACCEPTED' then 1 end),"
                + " count(case when h.responded_at <= h.due_at then 1 end),"
                + " percentile_cont(0.5) within group (order by extract(epoch from h.responded_at) -"
                + " extract(epoch from h.created_at)),"
                + " percentile_cont(0.5) within group (order by (select min(extract(epoch from a.occurred_at))"
                + " from activity a"
                + "   where a.lead_id = h.lead_id and a.by_department = 'INSIDE_SALES' and a.kind in ('CALL',"
                + " 'EMAIL', 'MEETING')"
                + "   and a.occurred_at >= h.created_at) - extract(epoch from h.created_at))"
                + " from handoff h where extract(epoch from h.created_at) >= :from and extract(epoch from"
                + " h.created_at) < :to"
                + " group by h.kind";
        jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows();
    }

    /**
     * Every revenue figure of [from, to) from mrr_movement, account by account: each account's MRR at the window's ends
     * and at the starts of the 12 months before {@code to} (the sum of its movements before the day), its movements in
     * the window and in each month; then the sums over the accounts, and the costs for CAC.
     */
    Revenue revenue(LocalDate from, LocalDate to) {
        LocalDate lastMonth = to.withDayOfMonth(1);
        List<LocalDate> months = new ArrayList<>();
        for (int i = 12; i >= 0; i--) {
            months.add(lastMonth.minusMonths(i));
        }
        StringBuilder perAccount = new StringBuilder("select account_id,"
                + " sum(case when movement_on < :from then amount else 0 end) at_from,"
                + " sum(case when movement_on < :to then amount else 0 end) at_to,"
                + " max(case when in_window = 1 and kind = 'NEW' then 1 else 0 end) came,"
                + " max(case when in_window = 1 and kind = 'CHURN' then 1 else 0 end) went,"
                + " sum(case when in_window = 1 and kind = 'EXPANSION' then amount else 0 end) expansion,"
                + " sum(case when in_window = 1 and kind in " + LOSS + " then -amount else 0 end) loss");
        for (String kind : List.of("NEW", "EXPANSION", "CONTRACTION", "CHURN", "REACTIVATION")) {
            perAccount
                    .append(", sum(case when in_window = 1 and kind = '")
                    .append(kind)
                    .append("' then amount else 0 end) w_")
                    .append(kind);
        }
        for (int i = 0; i + 1 < months.size(); i++) {
            perAccount
                    .append(", sum(case when movement_on < :b")
                    .append(i)
                    .append(" then amount else 0 end) at_b")
                    .append(i)
                    .append(", sum(case when movement_on >= :b")
                    .append(i)
                    .append(" and movement_on < :b")
                    .append(i + 1)
                    .append(" and kind in ")
                    .append(LOSS)
                    .append(" then -amount else 0 end) loss_b")
                    .append(i);
        }
        perAccount.append(
                " from (select m.*, case when movement_on >= :from and movement_on < :to then 1 else 0 end in_window"
                        + " from mrr_movement m) m group by account_id");
        StringBuilder totals = new StringBuilder("select sum(at_from) mrr_start, sum(at_to) mrr_end,"
                + " count(case when at_from > 0 then 1 end) customers_start, count(case when at_to > 0 then 1"
                + " end) customers_end,"
                + " sum(came) came, sum(went) went,"
                + " sum(case when at_from > 0 then expansion else 0 end) retained_expansion,"
                + " sum(case when at_from > 0 then loss else 0 end) retained_loss");
        for (String kind : List.of("NEW", "EXPANSION", "CONTRACTION", "CHURN", "REACTIVATION")) {
            totals.append(", sum(w_").append(kind).append(") w_").append(kind);
        }
        for (int i = 0; i + 1 < months.size(); i++) {
            totals.append(", sum(at_b")
                    .append(i)
                    .append(") at_b")
                    .append(i)
                    .append(", sum(case when at_b")
                    .append(i)
                    .append(" > 0 then loss_b")
                    .append(i)
                    .append(" else 0 end) loss_b")
                    .append(i);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(totals + " from (" + perAccount + ") accounts")
                .param("from", from)
                .param("to", to);
        for (int i = 0; i < months.size(); i++) {
            statement = statement.param("b" + i, months.get(i));
        }
        Map<String, Object> row = statement.query().singleRow();
        BigDecimal margin = jdbc.sql("select gross_margin from kpi_setting where id = 1")
                .query(BigDecimal.class)
                .single();
        return figures(row, months.size() - 1, margin, costs(from, to));
    }

    /** Whether the raw query found every figure the endpoint answered (the check that the baseline is honest). */
    static boolean sameFigures(Revenue raw, RevenueFigures endpoint) {
        return raw.equals(new Revenue(
                endpoint.mrrStart(),
                endpoint.mrrEnd(),
                endpoint.newMrr(),
                endpoint.expansionMrr(),
                endpoint.contractionMrr(),
                endpoint.churnedMrr(),
                endpoint.reactivationMrr(),
                endpoint.nrr(),
                endpoint.grossRevenueChurn(),
                endpoint.logoChurn(),
                endpoint.arpa(),
                endpoint.monthlyRevenueChurn(),
                endpoint.ltv(),
                endpoint.cac(),
                endpoint.customersStart(),
                endpoint.customersEnd(),
                endpoint.newCustomers(),
                endpoint.churnedCustomers()));
    }

    private static Revenue figures(Map<String, Object> row, int months, BigDecimal margin, BigDecimal costs) {
        long mrrStart = number(row, "mrr_start");
        long mrrEnd = number(row, "mrr_end");
        long customersStart = number(row, "customers_start");
        long customersEnd = number(row, "customers_end");
        long retainedLoss = number(row, "retained_loss");
        Double nrr = mrrStart == 0
                ? null
                : (double) (mrrStart + number(row, "retained_expansion") - retainedLoss) / mrrStart;
        Double grossRevenueChurn = mrrStart == 0 ? null : (double) retainedLoss / mrrStart;
        BigDecimal arpa = customersEnd == 0
                ? null
                : BigDecimal.valueOf(mrrEnd).divide(BigDecimal.valueOf(customersEnd), PRECISION);
        BigDecimal churnSum = BigDecimal.ZERO;
        int churnMonths = 0;
        for (int i = 0; i < months; i++) {
            long atStart = number(row, "at_b" + i);
            if (atStart > 0) {
                churnSum = churnSum.add(
                        BigDecimal.valueOf(number(row, "loss_b" + i)).divide(BigDecimal.valueOf(atStart), PRECISION));
                churnMonths++;
            }
        }
        BigDecimal monthlyChurn = churnMonths == 0 ? null : churnSum.divide(BigDecimal.valueOf(churnMonths), PRECISION);
        BigDecimal ltv = monthlyChurn == null || monthlyChurn.signum() == 0 || arpa == null
                ? null
                : arpa.multiply(margin).divide(monthlyChurn, PRECISION);
        long came = number(row, "came");
        BigDecimal cac = came == 0 ? null : costs.divide(BigDecimal.valueOf(came), PRECISION);
        return new Revenue(
                mrrStart,
                mrrEnd,
                number(row, "w_NEW"),
                number(row, "w_EXPANSION"),
                -number(row, "w_CONTRACTION"),
                -number(row, "w_CHURN"),
                number(row, "w_REACTIVATION"),
                nrr,
                grossRevenueChurn,
                customersStart == 0 ? null : (double) number(row, "went") / customersStart,
                yen(arpa),
                monthlyChurn == null ? null : monthlyChurn.doubleValue(),
                yen(ltv),
                yen(cac),
                customersStart,
                customersEnd,
                came,
                number(row, "went"));
    }

    /** Campaign costs and the other monthly costs, each spread evenly over its days, for the days in the window. */
    private BigDecimal costs(LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> campaign : jdbc.sql("select cost, starts_on, coalesce(ends_on, starts_on) ends_on"
                        + " from campaign where cost > 0 and starts_on is not null")
                .query()
                .listOfRows()) {
            total = total.add(share(
                    number(campaign, "cost"),
                    date(campaign, "starts_on"),
                    date(campaign, "ends_on").plusDays(1),
                    from,
                    to));
        }
        for (Map<String, Object> month :
                jdbc.sql("select month_start, amount from kpi_cost").query().listOfRows()) {
            LocalDate start = date(month, "month_start");
            total = total.add(share(
                    number(month, "amount"),
                    start,
                    YearMonth.from(start).plusMonths(1).atDay(1),
                    from,
                    to));
        }
        return total;
    }

    private static BigDecimal share(long amount, LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        long overlap = ChronoUnit.DAYS.between(start.isAfter(from) ? start : from, end.isBefore(to) ? end : to);
        return overlap <= 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(amount)
                        .multiply(BigDecimal.valueOf(overlap))
                        .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), 10, RoundingMode.HALF_UP);
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Map<String, Object> row, String column) {
        return ((java.sql.Date) row.get(column)).toLocalDate();
    }

    private static Long yen(BigDecimal amount) {
        return amount == null ? null : amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
