package dev.tasuki.kpi;

import dev.tasuki.identity.Department;

/**
 * What a monthly target can be set for: new revenue and the figures of the KPI chain, each owned by the department
 * METRICS.md gives it ("Reverse planning (逆算) and the KPI chain"). Counts and yen are whole numbers; NRR and logo churn
 * are ratios.
 */
public enum TargetMetric {
    LEAD(Department.MARKETING, false),
    MQL(Department.MARKETING, false),
    SAL(Department.INSIDE_SALES, false),
    SQL(Department.INSIDE_SALES, false),
    OPPORTUNITY(Department.FIELD_SALES, false),
    WON(Department.FIELD_SALES, false),
    REVENUE(Department.FIELD_SALES, false),
    NRR(Department.CUSTOMER_SUCCESS, true),
    LOGO_CHURN(Department.CUSTOMER_SUCCESS, true);

    private final Department owner;
    private final boolean ratio;

    TargetMetric(Department owner, boolean ratio) {
        this.owner = owner;
        this.ratio = ratio;
    }

    public Department owner() {
        return owner;
    }

    public boolean isRatio() {
        return ratio;
    }

    public String messageKey() {
        return "kpi.metric." + name();
    }
}
