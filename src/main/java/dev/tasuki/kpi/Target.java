package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A department's target for one month. */
public record Target(YearMonth month, TargetMetric metric, BigDecimal value, int version) {}
