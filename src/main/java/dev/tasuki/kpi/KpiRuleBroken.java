package dev.tasuki.kpi;

import java.util.Map;

import dev.tasuki.platform.TasukiException;

/** A question the KPI engine cannot answer as asked, or a target change it refuses. */
public final class KpiRuleBroken extends TasukiException {

    private final String field;

    private KpiRuleBroken(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
        this.field = field;
    }

    /** The request field at fault (a parameter, or the rate that makes a plan infeasible), if any. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> problemProperties() {
        return field == null ? Map.of() : Map.of("field", field);
    }

    static KpiRuleBroken windowMissing() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "from", "kpi.window.missing");
    }

    static KpiRuleBroken windowOutOfRange() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "from", "platform.date.range");
    }

    static KpiRuleBroken windowEmpty() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "to", "kpi.window.empty");
    }

    static KpiRuleBroken infeasible(String rate) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, rate, "kpi.plan.infeasible", label("kpi.rate." + rate));
    }

    static KpiRuleBroken badRate(String rate) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, rate, "kpi.plan.badRate", label("kpi.rate." + rate));
    }

    static KpiRuleBroken unknownRate(String rate) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, rate, "kpi.plan.unknownRate", rate);
    }

    static KpiRuleBroken targetNotYours() {
        return new KpiRuleBroken(Kind.FORBIDDEN, "metric", "kpi.target.notYours");
    }

    static KpiRuleBroken staleTarget() {
        return new KpiRuleBroken(Kind.CONFLICT, null, "kpi.target.stale");
    }

    static KpiRuleBroken badTarget(String metric) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "value", "kpi.target.bad", label("kpi.metric." + metric));
    }

    static KpiRuleBroken noPlan(String metric) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "metric", "kpi.bottleneck.noPlan", label("kpi.metric." + metric));
    }

    static KpiRuleBroken badMargin() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "grossMargin", "kpi.settings.badMargin");
    }

    static KpiRuleBroken badCost() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "amount", "kpi.settings.badCost");
    }

    static KpiRuleBroken staleSetting() {
        return new KpiRuleBroken(Kind.CONFLICT, null, "kpi.settings.stale");
    }

    static KpiRuleBroken settingsNotYours() {
        return new KpiRuleBroken(Kind.FORBIDDEN, null, "kpi.settings.notYours");
    }

    static KpiRuleBroken noWholeMonth() {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "from", "kpi.plan.noWholeMonth");
    }

    static KpiRuleBroken unknownValue(String parameter, String value) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, parameter, "kpi.unknownValue", parameter, value);
    }

    static KpiRuleBroken groupNotSupported(String groupBy) {
        return new KpiRuleBroken(Kind.RULE_BROKEN, "groupBy", "kpi.groupBy.unsupported", groupBy);
    }
}
