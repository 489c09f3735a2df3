package dev.tasuki.kpi;

import java.time.LocalDate;
import java.time.ZoneId;

import dev.tasuki.platform.Amounts;

/** A window of days [from, to) in the organisation's time zone, as every figure of METRICS.md is asked for. */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        if (from == null || to == null) {
            throw KpiRuleBroken.windowMissing();
        }
        if (!Amounts.isBusinessDay(from) || !Amounts.isBusinessDay(to)) {
            throw KpiRuleBroken.windowOutOfRange();
        }
        if (!from.isBefore(to)) {
            throw KpiRuleBroken.windowEmpty();
        }
    }

    /** The first second of the window, as epoch seconds, in the zone's midnight. */
    public long fromSecond(ZoneId zone) {
        return from.atStartOfDay(zone).toEpochSecond();
    }

    /** The first second after the window. */
    public long toSecond(ZoneId zone) {
        return to.atStartOfDay(zone).toEpochSecond();
    }
}
