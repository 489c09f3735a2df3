package dev.tasuki.success;

/** A customer's health at a glance: green (healthy), yellow (watch), red (at risk). */
public enum HealthColour {
    GREEN,
    YELLOW,
    RED;

    public String messageKey() {
        return "health.colour." + name();
    }

    public boolean atRisk() {
        return this != GREEN;
    }
}
