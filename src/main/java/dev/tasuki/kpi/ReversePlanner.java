package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Department;
import dev.tasuki.platform.Amounts;

/**
 * Reverse planning (逆算): from a new-revenue target back to the leads it needs, through the rates of the trailing six
 * full months unless the planner overrides them. A rate of 0, or one history cannot give, makes the plan infeasible,
 * and the answer says which rate.
 */
@Service
@Transactional(readOnly = true)
public class ReversePlanner {

    private static final List<Step> CHAIN_BACKWARDS = List.of(
            new Step(ChainRate.AVERAGE_DEAL_SIZE, TargetMetric.WON),
            new Step(ChainRate.WIN_RATE, TargetMetric.OPPORTUNITY),
            new Step(ChainRate.SQL_TO_OPPORTUNITY, TargetMetric.SQL),
            new Step(ChainRate.SAL_TO_SQL, TargetMetric.SAL),
            new Step(ChainRate.MQL_TO_SAL, TargetMetric.MQL),
            new Step(ChainRate.LEAD_TO_MQL, TargetMetric.LEAD));

    private final ChainRates chainRates;
    private final RevenueReport revenue;

    ReversePlanner(ChainRates chainRates, RevenueReport revenue) {
        this.chainRates = chainRates;
        this.revenue = revenue;
    }

    public ReversePlan plan(long revenueTarget, Window window, Map<String, BigDecimal> overrides) {
        if (revenueTarget <= 0 || revenueTarget > Amounts.MAX) {
            throw KpiRuleBroken.badTarget(TargetMetric.REVENUE.name());
        }
        Window history = chainRates.historyWindow();
        Map<ChainRate, Fraction> rates = chainRates.rates(history, FunnelBasis.COHORT);
        Map<ChainRate, String> sources = new EnumMap<>(ChainRate.class);
        rates.keySet().forEach(rate -> sources.put(rate, "history"));
        (overrides == null ? Map.<String, BigDecimal>of() : overrides).forEach((name, value) -> {
            ChainRate rate = ChainRate.parse(name);
            if (value == null || value.signum() < 0 || rate.isConversion() && value.compareTo(BigDecimal.ONE) > 0) {
                throw KpiRuleBroken.badRate(rate.json());
            }
            rates.put(rate, Fraction.of(value));
            sources.put(rate, "override");
        });
        // the chain is walked from revenue back to leads, each rate giving the count of the stage before it; the first
        // unusable rate met is the one named. The map lists the stages as the funnel reads, LEAD first.
        Map<TargetMetric, Long> required = new EnumMap<>(TargetMetric.class);
        long count = revenueTarget;
        for (Step step : CHAIN_BACKWARDS) {
            Fraction rate = rates.get(step.rate());
            if (!rate.isDefined() || rate.isZero()) {
                throw KpiRuleBroken.infeasible(step.rate().json());
            }
            count = rate.neededFor(count);
            required.put(step.produces(), count);
        }
        Map<ChainRate, ReversePlan.RateUsed> used = new LinkedHashMap<>();
        for (ChainRate rate : ChainRate.values()) {
            used.put(rate, new ReversePlan.RateUsed(rates.get(rate).value(), sources.get(rate)));
        }
        RevenueFigures trailing = revenue.revenue(history, null);
        Map<TargetMetric, Number> customerSuccess = new LinkedHashMap<>();
        customerSuccess.put(TargetMetric.NRR, trailing.nrr());
        customerSuccess.put(TargetMetric.LOGO_CHURN, trailing.logoChurn());
        Map<TargetMetric, Number> fieldSales = targets(required, TargetMetric.OPPORTUNITY, TargetMetric.WON);
        fieldSales.put(TargetMetric.REVENUE, revenueTarget);
        List<ReversePlan.DepartmentTargets> departments = List.of(
                new ReversePlan.DepartmentTargets(
                        Department.MARKETING, targets(required, TargetMetric.LEAD, TargetMetric.MQL)),
                new ReversePlan.DepartmentTargets(
                        Department.INSIDE_SALES, targets(required, TargetMetric.SAL, TargetMetric.SQL)),
                new ReversePlan.DepartmentTargets(Department.FIELD_SALES, fieldSales),
                new ReversePlan.DepartmentTargets(Department.CUSTOMER_SUCCESS, customerSuccess));
        return new ReversePlan(
                window.from(), window.to(), revenueTarget, required, used, departments, history.from(), history.to());
    }

    /** The required counts of these stages, in this order. */
    private static Map<TargetMetric, Number> targets(Map<TargetMetric, Long> required, TargetMetric... stages) {
        Map<TargetMetric, Number> targets = new LinkedHashMap<>();
        for (TargetMetric stage : stages) {
            targets.put(stage, required.get(stage));
        }
        return targets;
    }

    /** A rate of the chain and the stage count it gives, walking back from revenue. */
    private record Step(ChainRate rate, TargetMetric produces) {}
}
