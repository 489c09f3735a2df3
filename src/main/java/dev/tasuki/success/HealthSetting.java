package dev.tasuki.success;

/**
 * The admin's setting of one health input (or of SCORE, the colour bands): its weight (0 leaves it out) and its good
 * and bad thresholds, whose meaning depends on the input (docs/success.md).
 */
public record HealthSetting(String code, int weight, int goodAt, int badAt, int sortOrder) {

    public static final String SCORE = "SCORE";

    public boolean isScore() {
        return SCORE.equals(code);
    }

    public String messageKey() {
        return isScore() ? "health.input.SCORE" : "health.input." + code;
    }

    public String helpKey() {
        return messageKey() + ".help";
    }
}
