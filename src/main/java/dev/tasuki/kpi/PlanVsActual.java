package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each target beside what happened. The actual of a month (or a window) is, per metric: LEAD … OPPORTUNITY the
 * period-basis funnel counts (first entries in it), WON and REVENUE the deals won in it and their amount, NRR and
 * LOGO_CHURN the revenue figures of it. A window's target is the sum of the targets of the months that start in it (the
 * mean for the two ratios). Company-wide: targets are not set per source or campaign.
 */
@Service
@Transactional(readOnly = true)
public class PlanVsActual {

    /** One metric: its target (null when none is set) and version, and the actual (null where undefined). */
    public record Cell(TargetMetric metric, BigDecimal target, Integer version, BigDecimal actual) {

        /** actual / target, null where either is missing or the target is 0. */
        public Double ofTarget() {
            return target == null || actual == null || target.signum() == 0
                    ? null
                    : actual.divide(target, MathContext.DECIMAL64).doubleValue();
        }
    }

    public record Month(YearMonth month, Map<TargetMetric, Cell> cells) {}

    private static final List<TargetMetric> FUNNEL_METRICS =
            List.of(TargetMetric.LEAD, TargetMetric.MQL, TargetMetric.SAL, TargetMetric.SQL, TargetMetric.OPPORTUNITY);

    private final Targets targets;
    private final FunnelReport funnel;
    private final DealReport deals;
    private final RevenueReport revenue;

    PlanVsActual(Targets targets, FunnelReport funnel, DealReport deals, RevenueReport revenue) {
        this.targets = targets;
        this.funnel = funnel;
        this.deals = deals;
        this.revenue = revenue;
    }

    /** The months from..to (both included); months that have not started yet have no actuals. */
    public List<Month> months(YearMonth from, YearMonth to, YearMonth current) {
        return months(from, to, current, EnumSet.allOf(TargetMetric.class));
    }

    /**
     * The same, with the actuals of only the metrics asked for (the others' are null): a page that shows one metric by
     * month does not compute the funnel and the revenue figures of every month.
     */
    public List<Month> months(YearMonth from, YearMonth to, YearMonth current, Set<TargetMetric> shown) {
        List<Target> all = targets.between(from, to);
        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            YearMonth m = month;
            Map<TargetMetric, Cell> cells = cells(
                    m.isAfter(current) ? null : window(m, m.plusMonths(1)),
                    shown,
                    all.stream().filter(target -> target.month().equals(m)).toList(),
                    null);
            months.add(new Month(m, cells));
        }
        return months;
    }

    /** The window's plan (the months that start in it) against its actuals. */
    public Map<TargetMetric, Cell> window(Window window) {
        return cells(window, EnumSet.allOf(TargetMetric.class), plannedIn(window), null);
    }

    /** The same, with the actuals of only the metrics asked for (the others' are null). */
    public Map<TargetMetric, Cell> window(Window window, Set<TargetMetric> shown) {
        return cells(window, shown, plannedIn(window), null);
    }

    /** The same, with the window's revenue figures already at hand: a page that shows them too computes them once. */
    public Map<TargetMetric, Cell> window(Window window, RevenueFigures revenueOfWindow) {
        return cells(window, EnumSet.allOf(TargetMetric.class), plannedIn(window), revenueOfWindow);
    }

    private List<Target> plannedIn(Window window) {
        YearMonth first = YearMonth.from(window.from().minusDays(1)).plusMonths(1);
        YearMonth last = YearMonth.from(window.to().minusDays(1));
        return first.isAfter(last) ? List.of() : targets.between(first, last);
    }

    private static Window window(YearMonth from, YearMonth to) {
        return new Window(from.atDay(1), to.atDay(1));
    }

    /** {@code known} is the window's revenue figures when the caller has them, else null. */
    private Map<TargetMetric, Cell> cells(
            Window window, Set<TargetMetric> shown, List<Target> planned, RevenueFigures known) {
        Map<TargetMetric, BigDecimal> actual = window == null ? Map.of() : actuals(window, shown, known);
        Map<TargetMetric, Cell> cells = new EnumMap<>(TargetMetric.class);
        for (TargetMetric metric : TargetMetric.values()) {
            List<Target> mine =
                    planned.stream().filter(target -> target.metric() == metric).toList();
            BigDecimal sum =
                    mine.stream().map(Target::value).reduce(BigDecimal::add).orElse(null);
            BigDecimal target = sum != null && metric.isRatio()
                    ? sum.divide(BigDecimal.valueOf(mine.size()), MathContext.DECIMAL64)
                    : sum;
            Integer version = mine.size() == 1 ? mine.get(0).version() : null;
            cells.put(metric, new Cell(metric, target, version, actual.get(metric)));
        }
        return cells;
    }

    private Map<TargetMetric, BigDecimal> actuals(Window window, Set<TargetMetric> shown, RevenueFigures known) {
        Map<TargetMetric, BigDecimal> actual = new EnumMap<>(TargetMetric.class);
        if (!Collections.disjoint(shown, FUNNEL_METRICS)) {
            List<FunnelStage> stages = funnel.funnel(window, FunnelBasis.PERIOD, LeadFilter.NONE, null)
                    .stages();
            for (int i = 0; i < FUNNEL_METRICS.size(); i++) {
                actual.put(
                        FUNNEL_METRICS.get(i), BigDecimal.valueOf(stages.get(i).count()));
            }
        }
        if (shown.contains(TargetMetric.WON) || shown.contains(TargetMetric.REVENUE)) {
            DealFigures closed = deals.deals(window, LeadFilter.NONE, null);
            actual.put(TargetMetric.WON, BigDecimal.valueOf(closed.won()));
            actual.put(TargetMetric.REVENUE, BigDecimal.valueOf(closed.wonAmount()));
        }
        if (shown.contains(TargetMetric.NRR) || shown.contains(TargetMetric.LOGO_CHURN)) {
            RevenueFigures figures = known != null ? known : revenue.revenue(window, null);
            if (figures.nrr() != null) {
                actual.put(TargetMetric.NRR, BigDecimal.valueOf(figures.nrr()));
            }
            if (figures.logoChurn() != null) {
                actual.put(TargetMetric.LOGO_CHURN, BigDecimal.valueOf(figures.logoChurn()));
            }
        }
        return actual;
    }
}
