package dev.tasuki.success;

/**
 * What the health score is made of. Each has an admin-editable weight and two thresholds (see docs/success.md): the
 * days since the last activity, the MRR trend of the last 90 days, overdue open tasks, the onboarding handoff from
 * Field Sales, and the latest NPS answer (no survey yet: always "no data", scored neutral).
 */
public enum HealthInput {
    ACTIVITY_RECENCY,
    MRR_TREND,
    OVERDUE_TASKS,
    ONBOARDING,
    NPS;

    public String messageKey() {
        return "health.input." + name();
    }
}
