package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;

import dev.tasuki.identity.Department;

/**
 * The seven factors of revenue for a window with a plan (METRICS.md, "Bottleneck"), each with its plan, its actual
 * value and its impact in yen, and the factor with the largest impact (null when every factor is at or above plan).
 */
public record Bottleneck(
        LocalDate from,
        LocalDate to,
        long plannedRevenue,
        long actualRevenue,
        List<Factor> factors,
        Factor bottleneck) {

    /** factor is "lead" or a rate's name (leadToMql … averageDealSize). */
    public record Factor(String factor, Department owner, double plan, double actual, long impact) {}
}
