package dev.tasuki.success;

/** What one input says: good (100 points), warning or neutral (50), bad (0); no data scores neutral (50) too. */
public enum HealthSignal {
    GOOD(100),
    NEUTRAL(50),
    WARNING(50),
    BAD(0),
    NO_DATA(50);

    private final int points;

    HealthSignal(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public String messageKey() {
        return "health.signal." + name();
    }
}
