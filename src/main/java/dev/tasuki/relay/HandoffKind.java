package dev.tasuki.relay;

import java.util.Optional;

import dev.tasuki.identity.Department;

/**
 * The four handoffs of the relay: who sends, who receives, and the stage change that sending and accepting make (none
 * for the Customer Success handoffs, which start onboarding and expansion).
 */
public enum HandoffKind {
    MKT_IS(Department.MARKETING, Department.INSIDE_SALES, LifecycleStage.MQL, LifecycleStage.SAL, false),
    IS_FS(Department.INSIDE_SALES, Department.FIELD_SALES, LifecycleStage.SQL, LifecycleStage.OPPORTUNITY, true),
    FS_CS(Department.FIELD_SALES, Department.CUSTOMER_SUCCESS, null, null, false),
    CS_FS(Department.CUSTOMER_SUCCESS, Department.FIELD_SALES, null, null, false);

    private final Department from;
    private final Department to;
    private final LifecycleStage sentStage;
    private final LifecycleStage acceptedStage;
    private final boolean needsBant;

    HandoffKind(
            Department from, Department to, LifecycleStage sentStage, LifecycleStage acceptedStage, boolean needsBant) {
        this.from = from;
        this.to = to;
        this.sentStage = sentStage;
        this.acceptedStage = acceptedStage;
        this.needsBant = needsBant;
    }

    public Department from() {
        return from;
    }

    public Department to() {
        return to;
    }

    /** The stage a lead enters when this handoff is sent (MQL, SQL), if any. */
    public Optional<LifecycleStage> sentStage() {
        return Optional.ofNullable(sentStage);
    }

    /** The stage a lead enters when this handoff is accepted (SAL, OPPORTUNITY), if any. */
    public Optional<LifecycleStage> acceptedStage() {
        return Optional.ofNullable(acceptedStage);
    }

    /** IS→FS carries BANT (budget, authority, need, timing) and the appointment date. */
    public boolean needsBant() {
        return needsBant;
    }

    public String messageKey() {
        return "handoff.kind." + name();
    }
}
