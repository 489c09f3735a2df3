package dev.tasuki.kpi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.Department;
import dev.tasuki.kpi.Target;
import dev.tasuki.kpi.TargetMetric;

/**
 * The health check's KPI-2 (KPIが部門間で連動している) from this month's targets: do all four departments have one, and does no
 * department plan to take in more than the one before it plans to hand over (LEAD ≥ MQL ≥ SAL ≥ SQL ≥ OPPORTUNITY ≥
 * WON, each pair compared where both are set)? ○ both; △ some departments have targets, or all do but a link is broken;
 * × none.
 */
@Component
class ChainEvidence implements EvidenceSource {

    private static final String ITEM = "KPI-2";
    private static final List<TargetMetric> CHAIN = List.of(
            TargetMetric.LEAD,
            TargetMetric.MQL,
            TargetMetric.SAL,
            TargetMetric.SQL,
            TargetMetric.OPPORTUNITY,
            TargetMetric.WON);

    private final TargetRows targets;

    ChainEvidence(TargetRows targets) {
        this.targets = targets;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of(ITEM);
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        Map<TargetMetric, BigDecimal> values = new EnumMap<>(TargetMetric.class);
        for (Target target : targets.between(month, month)) {
            values.put(target.metric(), target.value());
        }
        Set<Department> planned = EnumSet.noneOf(Department.class);
        values.keySet().forEach(metric -> planned.add(metric.owner()));
        int links = 0;
        int consistent = 0;
        for (int i = 0; i + 1 < CHAIN.size(); i++) {
            BigDecimal handedOver = values.get(CHAIN.get(i));
            BigDecimal takenIn = values.get(CHAIN.get(i + 1));
            if (handedOver != null && takenIn != null) {
                links++;
                consistent += takenIn.compareTo(handedOver) <= 0 ? 1 : 0;
            }
        }
        int departments = Department.values().length;
        Rating suggestion = planned.isEmpty()
                ? Rating.POOR
                : planned.size() == departments && links > 0 && consistent == links ? Rating.GOOD : Rating.PARTIAL;
        return Evidence.of(
                ITEM,
                suggestion,
                List.of(
                        new Evidence.Figure(
                                "kpi.evidence.departmentsWithTargets",
                                List.of(month.toString()),
                                planned.size() + " / " + departments),
                        new Evidence.Figure("kpi.evidence.consistentLinks", consistent + " / " + links)),
                "kpi.evidence.rule.KPI-2");
    }
}
