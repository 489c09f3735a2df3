package dev.tasuki.success.internal;

/**
 * What the health score looks at, measured for one account on one day.
 *
 * @param daysSinceActivity days since the last call, email, meeting or note (tasks are to-dos, not touches); null: none
 * @param mrrBase the MRR at the start of the 90-day window (or, for a customer who started within it, its first MRR)
 * @param mrrNetChange expansion − contraction − churn in the window, in yen
 * @param overdueTasks open tasks past their due day
 * @param onboarding the latest Field Sales → Customer Success handoff, if any
 * @param nps the latest NPS answer (0–10); null: no answer (no survey module yet)
 */
public record HealthFacts(
        Long daysSinceActivity, long mrrBase, long mrrNetChange, int overdueTasks, Onboarding onboarding, Integer nps) {

    /** The onboarding handoff: accepted some days ago, still pending for some days, or rejected. */
    public record Onboarding(Status status, long days) {

        public enum Status {
            ACCEPTED,
            PENDING,
            REJECTED
        }
    }
}
