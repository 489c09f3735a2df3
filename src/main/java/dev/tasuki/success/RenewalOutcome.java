package dev.tasuki.success;

public enum RenewalOutcome {
    RENEWED,
    LOST;

    public String messageKey() {
        return "renewal.outcome." + name();
    }
}
