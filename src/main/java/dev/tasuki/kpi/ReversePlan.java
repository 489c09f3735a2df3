package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.tasuki.identity.Department;

/**
 * What a new-revenue target needs (METRICS.md, "Reverse planning (逆算)"): the count of each stage (LEAD to WON), the
 * rates used and where each came from, and the department targets of the chain. {@code historyFrom}/{@code historyTo}
 * name the months the history rates were taken from.
 */
public record ReversePlan(
        LocalDate from,
        LocalDate to,
        long revenueTarget,
        Map<TargetMetric, Long> required,
        Map<ChainRate, RateUsed> rates,
        List<DepartmentTargets> departments,
        LocalDate historyFrom,
        LocalDate historyTo) {

    public record RateUsed(double value, String source) {}

    /** The targets a department gets; a figure history cannot give (NRR without MRR) is null. */
    public record DepartmentTargets(Department department, Map<TargetMetric, Number> targets) {}
}
