package dev.tasuki.customer;

/** The sales segment of an account: who covers it and how. */
public enum Segment {
    SMB,
    MID_MARKET,
    ENTERPRISE;

    public String messageKey() {
        return "segment." + name();
    }
}
