package dev.tasuki.relay;

import java.util.Arrays;
import java.util.List;

import dev.tasuki.identity.Department;

/**
 * The stages of a lead as METRICS.md defines them: six funnel stages in order, then the exits. Each stage is owned by
 * the department whose members may act on a lead in it.
 */
public enum LifecycleStage {
    LEAD(Department.MARKETING, true),
    MQL(Department.MARKETING, true),
    SAL(Department.INSIDE_SALES, true),
    SQL(Department.INSIDE_SALES, true),
    OPPORTUNITY(Department.FIELD_SALES, true),
    CUSTOMER(Department.CUSTOMER_SUCCESS, true),
    RECYCLED(Department.MARKETING, false),
    DISQUALIFIED(Department.MARKETING, false),
    LOST(Department.FIELD_SALES, false),
    CHURNED(Department.CUSTOMER_SUCCESS, false);

    private final Department owner;
    private final boolean funnel;

    LifecycleStage(Department owner, boolean funnel) {
        this.owner = owner;
        this.funnel = funnel;
    }

    public Department owner() {
        return owner;
    }

    public boolean isFunnel() {
        return funnel;
    }

    public static List<LifecycleStage> funnelStages() {
        return Arrays.stream(values()).filter(LifecycleStage::isFunnel).toList();
    }

    public String messageKey() {
        return "stage." + name();
    }
}
