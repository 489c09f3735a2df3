/**
 * The KPI engine: every figure of METRICS.md (funnel, handoffs, deals, revenue, reverse planning, the bottleneck),
 * monthly targets and the dashboards. Figures are read from read models kept current by the relay, customer, deal and
 * success events in the writers' transactions, and rebuilt from history by {@link dev.tasuki.kpi.KpiReadModels} after
 * bulk writes ({@link dev.tasuki.platform.HistoryWritten}). It gives the health check the evidence of its KPI item
 * (KPI-2) from the monthly targets.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "KPI",
        allowedDependencies = {"platform", "identity", "customer", "relay", "deal", "success", "healthcheck"})
package dev.tasuki.kpi;
