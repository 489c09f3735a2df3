package dev.tasuki.kpi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.relay.Campaign;
import dev.tasuki.relay.Campaigns;

/**
 * Sales and marketing costs of a window, for CAC: each campaign's cost and each month's other costs spread evenly over
 * their days, counted for the days that fall in the window.
 */
@Component
public class Costs {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;

    Costs(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /** Campaign costs in [from, to), of one campaign or all (campaign null). */
    public BigDecimal campaignCosts(LocalDate from, LocalDate to, Long campaign) {
        BigDecimal total = BigDecimal.ZERO;
        for (Campaign c : campaigns.all()) {
            if (campaign != null && c.id() != campaign || c.cost() == 0 || c.startsOn() == null) {
                continue;
            }
            // a campaign without an end date is a one-day campaign
            LocalDate end = (c.endsOn() == null ? c.startsOn() : c.endsOn()).plusDays(1);
            total = total.add(share(c.cost(), c.startsOn(), end, from, to));
        }
        return total;
    }

    /** The other sales and marketing costs entered per month, in [from, to). */
    public BigDecimal otherCosts(LocalDate from, LocalDate to) {
        BigDecimal total = BigDecimal.ZERO;
        for (MonthCost cost : jdbc.sql(
                        "select month_start, amount from kpi_cost where month_start < :to and month_start >= :earliest")
                .param("to", to)
                .param("earliest", from.withDayOfMonth(1))
                .query((rs, n) -> new MonthCost(rs.getDate("month_start").toLocalDate(), rs.getLong("amount")))
                .list()) {
            total = total.add(share(
                    cost.amount(),
                    cost.month(),
                    YearMonth.from(cost.month()).plusMonths(1).atDay(1),
                    from,
                    to));
        }
        return total;
    }

    private record MonthCost(LocalDate month, long amount) {}

    /** The part of an amount spent evenly over [start, end) that falls in [from, to). */
    private static BigDecimal share(long amount, LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        LocalDate overlapStart = start.isAfter(from) ? start : from;
        LocalDate overlapEnd = end.isBefore(to) ? end : to;
        long overlap = ChronoUnit.DAYS.between(overlapStart, overlapEnd);
        if (overlap <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(amount)
                .multiply(BigDecimal.valueOf(overlap))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), 10, java.math.RoundingMode.HALF_UP);
    }
}
