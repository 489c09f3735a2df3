package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Amounts;

/**
 * The organisation's settings behind LTV and CAC: the gross margin (default 0.80) and the sales and marketing costs
 * that are not a campaign's, per month. Executives and admins change them; versions guard concurrent changes.
 */
@Service
@Transactional(readOnly = true)
public class CostSettings {

    public record Margin(BigDecimal grossMargin, int version) {}

    public record MonthCost(YearMonth month, long amount, int version) {}

    private final JdbcClient jdbc;

    CostSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Margin margin() {
        return jdbc.sql("select gross_margin, version from kpi_setting where id = 1")
                .query((rs, n) ->
                        new Margin(rs.getBigDecimal("gross_margin").stripTrailingZeros(), rs.getInt("version")))
                .single();
    }

    @Transactional
    public void setMargin(BigDecimal grossMargin, int version, SignedInUser user) {
        check(user);
        if (grossMargin == null || grossMargin.signum() <= 0 || grossMargin.compareTo(BigDecimal.ONE) > 0) {
            throw KpiRuleBroken.badMargin();
        }
        if (jdbc.sql("update kpi_setting set gross_margin = :margin, version = version + 1 where id ="
                                + " 1 and version = :version")
                        .param("margin", grossMargin)
                        .param("version", version)
                        .update()
                == 0) {
            throw KpiRuleBroken.staleSetting();
        }
    }

    public List<MonthCost> costs(YearMonth from, YearMonth to) {
        return jdbc.sql("select month_start, amount, version from kpi_cost where month_start >= :from and"
                        + " month_start <= :to"
                        + " order by month_start")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query((rs, n) -> new MonthCost(
                        YearMonth.from(rs.getDate("month_start").toLocalDate()),
                        rs.getLong("amount"),
                        rs.getInt("version")))
                .list();
    }

    /** Sets a month's other costs; version null creates them. */
    @Transactional
    public void setCost(YearMonth month, long amount, Integer version, SignedInUser user) {
        check(user);
        if (!Amounts.isAmount(amount)) {
            throw KpiRuleBroken.badCost();
        }
        boolean done;
        if (version == null) {
            done = costs(month, month).isEmpty()
                    && jdbc.sql("insert into kpi_cost (month_start, amount) values (:month, :amount)")
                                    .param("month", month.atDay(1))
                                    .param("amount", amount)
                                    .update()
                            == 1;
        } else {
            done = jdbc.sql("update kpi_cost set amount = :amount, version = version + 1 where"
                                    + " month_start = :month and version = :version")
                            .param("amount", amount)
                            .param("month", month.atDay(1))
                            .param("version", version)
                            .update()
                    == 1;
        }
        if (!done) {
            throw KpiRuleBroken.staleSetting();
        }
    }

    private static void check(SignedInUser user) {
        if (!user.is(Role.EXECUTIVE) && !user.is(Role.ADMIN)) {
            throw KpiRuleBroken.settingsNotYours();
        }
    }
}
