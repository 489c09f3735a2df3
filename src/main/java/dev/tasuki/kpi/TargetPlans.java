package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.SignedInUser;

/**
 * Several targets set at once, all or none: the values derived from one metric, or a reverse plan saved as the targets
 * of its months. Each change goes through {@link Targets#set}, with its permission and version checks.
 */
@Service
public class TargetPlans {

    /** One target to set; version as the user saw it (null: there was none). */
    public record Change(YearMonth month, TargetMetric metric, BigDecimal value, Integer version) {}

    private final Targets targets;

    TargetPlans(Targets targets) {
        this.targets = targets;
    }

    @Transactional
    public void apply(List<Change> changes, SignedInUser user) {
        changes.forEach(change -> targets.set(change.month(), change.metric(), change.value(), change.version(), user));
    }

    /**
     * The plan's department targets as the targets of the months that start in its window: counts and revenue split
     * evenly per month, rounded up (so the months add up to at least the plan); NRR and logo churn as they are, each
     * month. Targets already set are replaced at their current version. Returns the months changed.
     */
    @Transactional
    public List<YearMonth> save(ReversePlan plan, SignedInUser user) {
        YearMonth first = YearMonth.from(plan.from().minusDays(1)).plusMonths(1);
        YearMonth last = YearMonth.from(plan.to().minusDays(1));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        if (months.isEmpty()) {
            throw KpiRuleBroken.noWholeMonth();
        }
        List<Target> current = targets.between(first, last);
        List<Change> changes = new ArrayList<>();
        for (ReversePlan.DepartmentTargets department : plan.departments()) {
            for (Map.Entry<TargetMetric, Number> figure : department.targets().entrySet()) {
                TargetMetric metric = figure.getKey();
                if (figure.getValue() == null) {
                    continue;
                }
                BigDecimal total = new BigDecimal(figure.getValue().toString());
                BigDecimal perMonth = metric.isRatio()
                        ? total
                        : total.divide(BigDecimal.valueOf(months.size()), 0, RoundingMode.CEILING);
                for (YearMonth month : months) {
                    Integer version = current.stream()
                            .filter(t -> t.month().equals(month) && t.metric() == metric)
                            .findFirst()
                            .map(Target::version)
                            .orElse(null);
                    changes.add(new Change(month, metric, perMonth, version));
                }
            }
        }
        apply(changes, user);
        return months;
    }
}
