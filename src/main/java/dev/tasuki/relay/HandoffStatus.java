package dev.tasuki.relay;

public enum HandoffStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "handoff.status." + name();
    }
}
