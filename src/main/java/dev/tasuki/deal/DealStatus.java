package dev.tasuki.deal;

public enum DealStatus {
    OPEN,
    WON,
    LOST;

    public String messageKey() {
        return "deal.status." + name();
    }
}
