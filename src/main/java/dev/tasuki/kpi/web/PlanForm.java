package dev.tasuki.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.kpi.Window;

/**
 * The reverse planning form: a new-revenue target for a window and, optionally, the rates the planner wants instead of
 * history's. Conversions and the win rate are typed as percentages, the average deal size in yen.
 */
record PlanForm(
        Long revenueTarget,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        BigDecimal leadToMql,
        BigDecimal mqlToSal,
        BigDecimal salToSql,
        BigDecimal sqlToOpportunity,
        BigDecimal winRate,
        BigDecimal averageDealSize) {

    /** A form for the next three full months, without a target yet. */
    static PlanForm blank(LocalDate today) {
        LocalDate next = today.withDayOfMonth(1).plusMonths(1);
        return new PlanForm(null, next, next.plusMonths(3), null, null, null, null, null, null);
    }

    Window window() {
        return new Window(from, to);
    }

    /** The overridden rates under the names the planner knows, conversions as ratios. */
    Map<String, BigDecimal> overrides() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        percent(rates, "leadToMql", leadToMql);
        percent(rates, "mqlToSal", mqlToSal);
        percent(rates, "salToSql", salToSql);
        percent(rates, "sqlToOpportunity", sqlToOpportunity);
        percent(rates, "winRate", winRate);
        if (averageDealSize != null) {
            rates.put("averageDealSize", averageDealSize);
        }
        return rates;
    }

    private static void percent(Map<String, BigDecimal> rates, String name, BigDecimal value) {
        if (value != null) {
            rates.put(name, value.movePointLeft(2));
        }
    }
}
