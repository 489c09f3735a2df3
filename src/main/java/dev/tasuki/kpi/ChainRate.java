package dev.tasuki.kpi;

import com.fasterxml.jackson.annotation.JsonKey;

import dev.tasuki.identity.Department;
import dev.tasuki.relay.LifecycleStage;

/**
 * The factors of the KPI chain (METRICS.md, "Reverse planning" and "Bottleneck"), with the names the API uses and the
 * department that owns each: a conversion is owned by the department that owns the stage it converts into.
 */
public enum ChainRate {
    LEAD_TO_MQL("leadToMql", LifecycleStage.LEAD, Department.MARKETING),
    MQL_TO_SAL("mqlToSal", LifecycleStage.MQL, Department.INSIDE_SALES),
    SAL_TO_SQL("salToSql", LifecycleStage.SAL, Department.INSIDE_SALES),
    SQL_TO_OPPORTUNITY("sqlToOpportunity", LifecycleStage.SQL, Department.FIELD_SALES),
    WIN_RATE("winRate", LifecycleStage.OPPORTUNITY, Department.FIELD_SALES),
    AVERAGE_DEAL_SIZE("averageDealSize", null, Department.FIELD_SALES);

    private final String json;
    private final LifecycleStage fromStage;
    private final Department owner;

    ChainRate(String json, LifecycleStage fromStage, Department owner) {
        this.json = json;
        this.fromStage = fromStage;
        this.owner = owner;
    }

    /** The rate's name in the API, also as the key of a map of rates. */
    @JsonKey
    public String json() {
        return json;
    }

    public String messageKey() {
        return "kpi.rate." + json;
    }

    public Department owner() {
        return owner;
    }

    /** The funnel stage a conversion starts from; null for the average deal size. */
    LifecycleStage fromStage() {
        return fromStage;
    }

    boolean isConversion() {
        return this != AVERAGE_DEAL_SIZE;
    }

    public static ChainRate parse(String name) {
        for (ChainRate rate : values()) {
            if (rate.json.equals(name)) {
                return rate;
            }
        }
        throw KpiRuleBroken.unknownRate(name);
    }
}
