package dev.tasuki.healthcheck;

/**
 * An answer on the sheet: ○ できている (2 points), △ 一部できている (1), × できていない (0), or わからない, which is left out of the scores
 * and counted separately.
 */
public enum Rating {
    GOOD("○", 2),
    PARTIAL("△", 1),
    POOR("×", 0),
    UNKNOWN("?", -1);

    private final String symbol;
    private final int points;

    Rating(String symbol, int points) {
        this.symbol = symbol;
        this.points = points;
    }

    public String symbol() {
        return symbol;
    }

    public boolean known() {
        return this != UNKNOWN;
    }

    /** The points of a known rating; never asked of UNKNOWN. */
    public int points() {
        if (!known()) {
            throw new IllegalStateException("わからない has no points");
        }
        return points;
    }

    public String messageKey() {
        return "healthcheck.rating." + name();
    }
}
