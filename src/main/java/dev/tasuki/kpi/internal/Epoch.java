package dev.tasuki.kpi.internal;

/**
 * SQL for a timestamp column as epoch seconds, the same on H2 and PostgreSQL. The read models keep times as epoch
 * seconds so that durations and medians are integer arithmetic in either database.
 */
final class Epoch {

    private Epoch() {}

    static String of(String timestampColumn) {
        return "cast(floor(extract(epoch from " + timestampColumn + ")) as bigint)";
    }
}
