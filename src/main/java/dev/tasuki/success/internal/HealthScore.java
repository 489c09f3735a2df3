package dev.tasuki.success.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.tasuki.success.Health;
import dev.tasuki.success.HealthColour;
import dev.tasuki.success.HealthInput;
import dev.tasuki.success.HealthReason;
import dev.tasuki.success.HealthSetting;
import dev.tasuki.success.HealthSignal;

/**
 * The health score as a rule: each input gives a signal (good 100 points, warning/neutral/no data 50, bad 0), the score
 * is the weighted mean of the points of the inputs whose weight is above 0, and the SCORE setting's bands give the
 * colour (green at goodAt or above, red below badAt, yellow between). Thresholds per input: docs/success.md.
 */
public final class HealthScore {

    private HealthScore() {}

    public static Health assess(
            long accountId, HealthFacts facts, Map<String, HealthSetting> settings, LocalDate asOf) {
        List<HealthReason> reasons = new ArrayList<>();
        for (HealthInput input : HealthInput.values()) {
            HealthSetting setting = settings.get(input.name());
            if (setting != null && setting.weight() > 0) {
                reasons.add(reason(input, facts, setting));
            }
        }
        int weights = reasons.stream().mapToInt(HealthReason::weight).sum();
        long points = reasons.stream()
                .mapToLong(r -> (long) r.weight() * r.signal().points())
                .sum();
        int score = weights == 0 ? 50 : (int) Math.round((double) points / weights);
        HealthSetting bands =
                settings.getOrDefault(HealthSetting.SCORE, new HealthSetting(HealthSetting.SCORE, 0, 70, 40, 90));
        HealthColour colour = score >= bands.goodAt()
                ? HealthColour.GREEN
                : score < bands.badAt() ? HealthColour.RED : HealthColour.YELLOW;
        reasons.sort(
                Comparator.comparingInt((HealthReason r) -> r.signal().points()).thenComparing(r -> -r.weight()));
        return new Health(accountId, colour, score, reasons, asOf);
    }

    private static HealthReason reason(HealthInput input, HealthFacts facts, HealthSetting setting) {
        return switch (input) {
            case ACTIVITY_RECENCY -> recency(facts.daysSinceActivity(), setting);
            case MRR_TREND -> trend(facts.mrrBase(), facts.mrrNetChange(), setting);
            case OVERDUE_TASKS -> overdue(facts.overdueTasks(), setting);
            case ONBOARDING -> onboarding(facts.onboarding(), setting);
            case NPS -> nps(facts.nps(), setting);
        };
    }

    /** Good within goodAt days of the last activity, bad after badAt days or without any activity. */
    static HealthReason recency(Long days, HealthSetting s) {
        if (days == null) {
            return reason(
                    HealthInput.ACTIVITY_RECENCY, HealthSignal.BAD, s, null, "health.reason.ACTIVITY_RECENCY.none");
        }
        HealthSignal signal =
                days <= s.goodAt() ? HealthSignal.GOOD : days > s.badAt() ? HealthSignal.BAD : HealthSignal.WARNING;
        return reason(
                HealthInput.ACTIVITY_RECENCY,
                signal,
                s,
                days,
                "health.reason.ACTIVITY_RECENCY",
                days,
                s.goodAt(),
                s.badAt());
    }

    /** The net MRR change of 90 days against its base: good above +goodAt %, bad below −badAt %, else neutral. */
    static HealthReason trend(long base, long net, HealthSetting s) {
        if (base <= 0) {
            return reason(HealthInput.MRR_TREND, HealthSignal.NO_DATA, s, null, "health.reason.MRR_TREND.none");
        }
        double ratio = net * 100.0 / base;
        long percent = Math.round(ratio);
        HealthSignal signal =
                ratio > s.goodAt() ? HealthSignal.GOOD : ratio < -s.badAt() ? HealthSignal.BAD : HealthSignal.NEUTRAL;
        if (net == 0) {
            return reason(HealthInput.MRR_TREND, signal, s, 0L, "health.reason.MRR_TREND.steady");
        }
        return reason(
                HealthInput.MRR_TREND,
                signal,
                s,
                percent,
                net > 0 ? "health.reason.MRR_TREND.up" : "health.reason.MRR_TREND.down",
                Math.abs(percent),
                Math.abs(net));
    }

    /** Good at goodAt overdue tasks or fewer, bad at badAt or more. */
    static HealthReason overdue(int tasks, HealthSetting s) {
        HealthSignal signal =
                tasks <= s.goodAt() ? HealthSignal.GOOD : tasks >= s.badAt() ? HealthSignal.BAD : HealthSignal.WARNING;
        return reason(
                HealthInput.OVERDUE_TASKS,
                signal,
                s,
                (long) tasks,
                tasks == 0 ? "health.reason.OVERDUE_TASKS.none" : "health.reason.OVERDUE_TASKS",
                tasks);
    }

    /**
     * Good once goodAt days have passed since Customer Success accepted the onboarding handoff, a warning within them;
     * bad when the handoff was rejected or has waited more than badAt days; no data without one.
     */
    static HealthReason onboarding(HealthFacts.Onboarding onboarding, HealthSetting s) {
        if (onboarding == null) {
            return reason(HealthInput.ONBOARDING, HealthSignal.NO_DATA, s, null, "health.reason.ONBOARDING.none");
        }
        return switch (onboarding.status()) {
            case ACCEPTED ->
                onboarding.days() >= s.goodAt()
                        ? reason(
                                HealthInput.ONBOARDING,
                                HealthSignal.GOOD,
                                s,
                                onboarding.days(),
                                "health.reason.ONBOARDING.done",
                                onboarding.days())
                        : reason(
                                HealthInput.ONBOARDING,
                                HealthSignal.WARNING,
                                s,
                                onboarding.days(),
                                "health.reason.ONBOARDING.running",
                                onboarding.days(),
                                s.goodAt());
            case PENDING ->
                reason(
                        HealthInput.ONBOARDING,
                        onboarding.days() > s.badAt() ? HealthSignal.BAD : HealthSignal.WARNING,
                        s,
                        onboarding.days(),
                        "health.reason.ONBOARDING.pending",
                        onboarding.days());
            case REJECTED ->
                reason(
                        HealthInput.ONBOARDING,
                        HealthSignal.BAD,
                        s,
                        onboarding.days(),
                        "health.reason.ONBOARDING.rejected");
        };
    }

    /** Good at goodAt or above (promoter), bad at badAt or below (detractor); no data without an answer. */
    static HealthReason nps(Integer answer, HealthSetting s) {
        if (answer == null) {
            return reason(HealthInput.NPS, HealthSignal.NO_DATA, s, null, "health.reason.NPS.none");
        }
        HealthSignal signal = answer >= s.goodAt()
                ? HealthSignal.GOOD
                : answer <= s.badAt() ? HealthSignal.BAD : HealthSignal.NEUTRAL;
        return reason(HealthInput.NPS, signal, s, (long) answer, "health.reason.NPS", answer);
    }

    private static HealthReason reason(
            HealthInput input, HealthSignal signal, HealthSetting s, Long value, String key, Object... arguments) {
        return new HealthReason(input, signal, s.weight(), value, key, List.of(arguments));
    }
}
