package dev.tasuki.platform;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The bounds of every amount, count and business date a person, an import or the website can write (METRICS.md, "Money
 * and currency"). A single amount is at most 10^13 in its currency (¥10 trillion), so a product with a percentage stays
 * below 10^15 and sums in the database (numeric on H2 and PostgreSQL) are exact; a count is at most 10^9. Dates lie
 * between 1900 and 2199: far beyond any contract or campaign, and far from the ends of Java's and the databases' date
 * types, where month arithmetic overflows.
 */
public final class Amounts {

    /** The largest amount of money: ¥10,000,000,000,000. */
    public static final long MAX = 10_000_000_000_000L;

    /** The largest count (of leads, deals, customers) a target or setting may name. */
    public static final long MAX_COUNT = 1_000_000_000L;

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    private Amounts() {}

    public static boolean isAmount(long value) {
        return value >= 0 && value <= MAX;
    }

    public static boolean isAmount(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(MAX)) <= 0;
    }

    public static boolean isBusinessDay(LocalDate day) {
        return day != null && !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }
}
