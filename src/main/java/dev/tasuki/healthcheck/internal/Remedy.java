package dev.tasuki.healthcheck.internal;

/** The source document's five solutions (具体的解決策), each the answer to some weak items of the sheet. */
public enum Remedy {
    COMMUNICATION,
    CRM,
    KPI,
    CUSTOMER,
    EDUCATION;

    public String messageKey() {
        return "healthcheck.remedy." + name();
    }

    /** The solution's concrete steps, as the document lists them. */
    public String stepsKey() {
        return messageKey() + ".steps";
    }
}
