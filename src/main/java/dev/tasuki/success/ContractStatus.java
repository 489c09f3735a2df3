package dev.tasuki.success;

/** ACTIVE until Customer Success marks a renewal lost; CHURNED then (a NEW deal won later makes it ACTIVE again). */
public enum ContractStatus {
    ACTIVE,
    CHURNED;

    public String messageKey() {
        return "contract.status." + name();
    }
}
