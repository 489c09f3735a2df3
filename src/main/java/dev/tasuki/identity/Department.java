package dev.tasuki.identity;

/** The four legs of The Model's relay, in the order a customer passes through them. */
public enum Department {
    MARKETING,
    INSIDE_SALES,
    FIELD_SALES,
    CUSTOMER_SUCCESS;

    public String messageKey() {
        return "department." + name();
    }
}
