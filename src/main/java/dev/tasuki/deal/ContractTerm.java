package dev.tasuki.deal;

/** How a won deal is billed. MRR is monthly either way: an annual contract's MRR is its amount / 12. */
public enum ContractTerm {
    MONTHLY(1),
    ANNUAL(12);

    private final int months;

    ContractTerm(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String messageKey() {
        return "deal.term." + name();
    }
}
