package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic every figure shares: ratios that are null rather than a division by zero, durations in days or hours
 * with two decimals.
 */
final class Figures {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);
    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    private Figures() {}

    /** part / whole, unrounded; null where whole is 0. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double days(BigDecimal seconds) {
        return in(seconds, SECONDS_PER_DAY);
    }

    static Double hours(BigDecimal seconds) {
        return in(seconds, SECONDS_PER_HOUR);
    }

    static Double minutes(BigDecimal seconds) {
        return in(seconds, SECONDS_PER_MINUTE);
    }

    private static Double in(BigDecimal seconds, BigDecimal unit) {
        return seconds == null
                ? null
                : seconds.divide(unit, 2, RoundingMode.HALF_UP).doubleValue();
    }
}
