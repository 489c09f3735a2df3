package dev.tasuki.customer;

/** How many people an account employs, in the bands Japanese B2B teams use to size a company. */
public enum EmployeeBand {
    B1_9,
    B10_49,
    B50_99,
    B100_299,
    B300_999,
    B1000_PLUS;

    public String messageKey() {
        return "employeeBand." + name();
    }
}
