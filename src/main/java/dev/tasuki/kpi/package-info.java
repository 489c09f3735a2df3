/**
 * The KPI engine: every figure of METRICS.md (funnel, handoffs, deals, revenue, reverse planning, the bottleneck),
 * monthly targets and the dashboards. Figures are read from read models kept current by the relay, customer, deal
 * and success events in the writers' transactions, and rebuilt from history by {@link dev.tasuki.kpi.KpiReadModels}
 * after bulk writes ({@link dev.tasuki.platform.HistoryWritten}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "KPI",
        allowedDependencies = {"platform", "identity", "customer", "relay", "deal", "success"})
package dev.tasuki.kpi;
