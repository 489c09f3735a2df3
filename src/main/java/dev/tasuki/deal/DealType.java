package dev.tasuki.deal;

/** NEW wins a new customer; EXPANSION grows an existing one's MRR; RENEWAL renews a contract. */
public enum DealType {
    NEW,
    EXPANSION,
    RENEWAL;

    public String messageKey() {
        return "deal.type." + name();
    }
}
