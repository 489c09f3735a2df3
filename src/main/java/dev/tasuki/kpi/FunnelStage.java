package dev.tasuki.kpi;

import dev.tasuki.relay.LifecycleStage;

/**
 * One stage of a funnel: how many leads reached it, the share of them that reached the next stage (null at the last
 * stage and where none reached this one) and the median days it took them (2 decimals; null where none did).
 */
public record FunnelStage(LifecycleStage stage, long count, Double conversionToNext, Double medianDaysToNext) {}
