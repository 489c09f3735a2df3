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
        // the chain is walked from revenue back to leads, so the first unusable rate met is the one named
        List<ChainRate> backwards = List.of(
                ChainRate.AVERAGE_DEAL_SIZE,
                ChainRate.WIN_RATE,
                ChainRate.SQL_TO_OPPORTUNITY,
                ChainRate.SAL_TO_SQL,
                ChainRate.MQL_TO_SAL,
                ChainRate.LEAD_TO_MQL);
        List<String> produced = List.of("WON", "OPPORTUNITY", "SQL", "SAL", "MQL", "LEAD");
        Map<String, Long> needed = new LinkedHashMap<>();
        long count = revenueTarget;
        for (int i = 0; i < backwards.size(); i++) {
            Fraction rate = rates.get(backwards.get(i));
            if (!rate.isDefined() || rate.isZero()) {
                throw KpiRuleBroken.infeasible(backwards.get(i).json());
            }
            count = rate.neededFor(count);
            needed.put(produced.get(i), count);
        }
        Map<String, Long> required = new LinkedHashMap<>();
        for (String stage : List.of("LEAD", "MQL", "SAL", "SQL", "OPPORTUNITY", "WON")) {
            required.put(stage, needed.get(stage));
        }
        Map<String, ReversePlan.RateUsed> used = new LinkedHashMap<>();
        for (ChainRate rate : ChainRate.values()) {
            used.put(rate.json(), new ReversePlan.RateUsed(rates.get(rate).value(), sources.get(rate)));
        }
        RevenueFigures trailing = revenue.revenue(history, null);
        Map<String, Number> customerSuccess = new LinkedHashMap<>();
        customerSuccess.put(TargetMetric.NRR.name(), trailing.nrr());
        customerSuccess.put(TargetMetric.LOGO_CHURN.name(), trailing.logoChurn());
        List<ReversePlan.DepartmentTargets> departments = List.of(
                new ReversePlan.DepartmentTargets(
                        Department.MARKETING, targets("LEAD", required.get("LEAD"), "MQL", required.get("MQL"))),
                new ReversePlan.DepartmentTargets(
                        Department.INSIDE_SALES, targets("SAL", required.get("SAL"), "SQL", required.get("SQL"))),
                new ReversePlan.DepartmentTargets(
                        Department.FIELD_SALES,
                        targets(
                                "OPPORTUNITY",
                                required.get("OPPORTUNITY"),
                                "WON",
                                required.get("WON"),
                                "REVENUE",
                                revenueTarget)),
                new ReversePlan.DepartmentTargets(Department.CUSTOMER_SUCCESS, customerSuccess));
        return new ReversePlan(
                window.from(), window.to(), revenueTarget, required, used, departments, history.from(), history.to());
    }

    private static Map<String, Number> targets(Object... namesAndValues) {
        Map<String, Number> targets = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            targets.put((String) namesAndValues[i], (Number) namesAndValues[i + 1]);
        }
        return targets;
    }
}
