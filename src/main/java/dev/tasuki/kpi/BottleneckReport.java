package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Department;
import dev.tasuki.kpi.internal.TargetRows;

/**
 * Finds the bottleneck of a window against its plan. Revenue = lead × r(LEAD→MQL) × r(MQL→SAL) × r(SAL→SQL) ×
 * r(SQL→OPPORTUNITY) × w × A. The plan's factors come from the targets of the months that start in the window (each
 * rate the ratio of consecutive targets); the actual ones from the window: the leads created in it and the period basis
 * conversions (first entries in the window), the win rate and average deal size of the deals closed in it. A factor
 * with no actual value (nothing to divide by) counts as 0.
 */
@Service
@Transactional(readOnly = true)
public class BottleneckReport {

    private static final List<TargetMetric> CHAIN = List.of(
            TargetMetric.LEAD,
            TargetMetric.MQL,
            TargetMetric.SAL,
            TargetMetric.SQL,
            TargetMetric.OPPORTUNITY,
            TargetMetric.WON,
            TargetMetric.REVENUE);

    private final ChainRates chainRates;
    private final TargetRows targets;

    BottleneckReport(ChainRates chainRates, TargetRows targets) {
        this.chainRates = chainRates;
        this.targets = targets;
    }

    public Bottleneck bottleneck(Window window) {
        List<Fraction> plan = planFactors(window);
        List<Fraction> actual = actualFactors(window);
        List<String> names = new ArrayList<>(List.of("lead"));
        List<Department> owners = new ArrayList<>(List.of(Department.MARKETING));
        for (ChainRate rate : ChainRate.values()) {
            names.add(rate.json());
            owners.add(rate.owner());
        }
        Fraction actualRevenue = product(actual, -1, null);
        List<Bottleneck.Factor> factors = new ArrayList<>();
        for (int f = 0; f < plan.size(); f++) {
            long impact = 0;
            if (actual.get(f).decimal().compareTo(plan.get(f).decimal()) < 0) {
                Fraction withPlan = product(actual, f, plan.get(f));
                impact = withPlan.decimal()
                        .subtract(actualRevenue.decimal())
                        .setScale(0, java.math.RoundingMode.HALF_UP)
                        .longValueExact();
            }
            factors.add(new Bottleneck.Factor(
                    names.get(f),
                    owners.get(f),
                    plan.get(f).value(),
                    actual.get(f).value(),
                    impact));
        }
        Bottleneck.Factor worst = factors.stream()
                .filter(factor -> factor.impact() > 0)
                .max(Comparator.comparingLong(Bottleneck.Factor::impact))
                .orElse(null);
        return new Bottleneck(
                window.from(),
                window.to(),
                product(plan, -1, null).roundedYen(),
                actualRevenue.roundedYen(),
                factors,
                worst);
    }

    /** lead, then each consecutive ratio of the chain's targets; refused when a target is missing or 0. */
    private List<Fraction> planFactors(Window window) {
        List<Fraction> values = new ArrayList<>();
        for (TargetMetric metric : CHAIN) {
            BigDecimal sum = targets.sum(window.from(), window.to(), metric)
                    .orElseThrow(() -> KpiRuleBroken.noPlan(metric.name()));
            values.add(Fraction.of(sum));
        }
        List<Fraction> factors = new ArrayList<>(List.of(values.get(0)));
        for (int i = 1; i < values.size(); i++) {
            Fraction previous = values.get(i - 1);
            if (previous.isZero()) {
                throw KpiRuleBroken.noPlan(CHAIN.get(i - 1).name());
            }
            factors.add(new Fraction(
                    values.get(i).numerator().multiply(previous.denominator()),
                    values.get(i).denominator().multiply(previous.numerator())));
        }
        return factors;
    }

    private List<Fraction> actualFactors(Window window) {
        long[] reached = chainRates.reached(window, FunnelBasis.PERIOD);
        Map<ChainRate, Fraction> rates = chainRates.rates(window, reached);
        List<Fraction> factors = new ArrayList<>(List.of(Fraction.of(reached[0], 1)));
        for (ChainRate rate : ChainRate.values()) {
            Fraction value = rates.get(rate);
            factors.add(value.isDefined() ? value : Fraction.ZERO);
        }
        return factors;
    }

    /** The product of the factors, with the one at {@code replaced} (if any) replaced by {@code replacement}. */
    private static Fraction product(List<Fraction> factors, int replaced, Fraction replacement) {
        Fraction product = Fraction.of(1, 1);
        for (int i = 0; i < factors.size(); i++) {
            product = product.times(i == replaced ? replacement : factors.get(i));
        }
        return product;
    }
}
