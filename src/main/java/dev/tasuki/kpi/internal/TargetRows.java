package dev.tasuki.kpi.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.kpi.Target;
import dev.tasuki.kpi.TargetMetric;

/** The kpi_target table. Months are stored as their first day. */
@Repository
public class TargetRows {

    private final JdbcClient jdbc;

    TargetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Targets of the months in [from, to], in month then chain order. */
    public List<Target> between(YearMonth from, YearMonth to) {
        return jdbc
                .sql("select month_start, metric, amount, version from kpi_target where month_start >= :from"
                        + " and month_start <= :to")
                .param("from", from.atDay(1))
                .param("to", to.atDay(1))
                .query((rs, n) -> new Target(
                        YearMonth.from(rs.getDate("month_start").toLocalDate()),
                        TargetMetric.valueOf(rs.getString("metric")),
                        plain(rs.getBigDecimal("amount")),
                        rs.getInt("version")))
                .list()
                .stream()
                .sorted((a, b) -> a.month().equals(b.month())
                        ? a.metric().compareTo(b.metric())
                        : a.month().compareTo(b.month()))
                .toList();
    }

    /** 600 rather than 600.000000 or 6E+2, 0.95 rather than 0.950000. */
    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Optional<Target> find(YearMonth month, TargetMetric metric) {
        return between(month, month).stream()
                .filter(target -> target.metric() == metric)
                .findFirst();
    }

    public void insert(YearMonth month, TargetMetric metric, BigDecimal value, long by, Instant now) {
        jdbc.sql("""
                insert into kpi_target (month_start, metric, amount, set_by, set_at, version)
                values (:month, :metric, :value, :by, :now, 0)
                """)
                .param("month", month.atDay(1))
                .param("metric", metric.name())
                .param("value", value)
                .param("by", by)
                .param("now", utc(now))
                .update();
    }

    /** Returns false when the row is not at the expected version (changed meanwhile). */
    public boolean update(YearMonth month, TargetMetric metric, BigDecimal value, int version, long by, Instant now) {
        return jdbc.sql("""
                update kpi_target set amount = :value, set_by = :by, set_at = :now, version = version + 1
                 where month_start = :month and metric = :metric and version = :version
                """)
                        .param("value", value)
                        .param("by", by)
                        .param("now", utc(now))
                        .param("month", month.atDay(1))
                        .param("metric", metric.name())
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean delete(YearMonth month, TargetMetric metric, int version) {
        return jdbc.sql("delete from kpi_target where month_start = :month and metric = :metric and version = :version")
                        .param("month", month.atDay(1))
                        .param("metric", metric.name())
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The sum of a metric's targets over the months that start in [from, to); empty when no month has one. */
    public Optional<BigDecimal> sum(LocalDate from, LocalDate to, TargetMetric metric) {
        return jdbc.sql("select sum(amount) from kpi_target where metric = :metric and month_start >= :from and"
                        + " month_start < :to")
                .param("metric", metric.name())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                .single();
    }
}
