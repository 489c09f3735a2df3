package dev.tasuki.demo.internal;

import java.util.Optional;
import java.util.Random;

import dev.tasuki.relay.LifecycleStage;

/**
 * The default rejection reason codes of a new Tasuki (V4__relay.sql) and where each sends the lead: recycled to
 * nurture, disqualified, or returned to the sender at the stage it owns.
 */
enum RejectionReason {
    NO_BUDGET(LifecycleStage.RECYCLED),
    TOO_EARLY(LifecycleStage.RECYCLED),
    UNREACHABLE(LifecycleStage.RECYCLED),
    NOT_TARGET(LifecycleStage.DISQUALIFIED),
    DUPLICATE(LifecycleStage.DISQUALIFIED),
    NO_DECISION_MAKER(null),
    MISSING_INFO(null);

    /** How often Inside Sales gives each reason when it rejects an MQL, in the order above. */
    private static final int[] FOR_MQL = {15, 20, 25, 10, 5, 10, 15};
    /** How often Field Sales gives each reason when it rejects an SQL. */
    private static final int[] FOR_SQL = {25, 25, 0, 12, 3, 20, 15};
    /** The reasons left after a returned handoff came back: the missing piece is there now. */
    private static final int[] AFTER_RETURN = {35, 35, 10, 15, 5, 0, 0};

    private final LifecycleStage outcome;

    RejectionReason(LifecycleStage outcome) {
        this.outcome = outcome;
    }

    String code() {
        return name();
    }

    /** The stage the lead goes to; empty when it is returned to the sender. */
    Optional<LifecycleStage> outcome() {
        return Optional.ofNullable(outcome);
    }

    boolean returnsToSender() {
        return outcome == null;
    }

    static RejectionReason forMql(Random random) {
        return values()[Weighted.index(random, FOR_MQL)];
    }

    static RejectionReason forSql(Random random) {
        return values()[Weighted.index(random, FOR_SQL)];
    }

    static RejectionReason afterReturn(Random random) {
        return values()[Weighted.index(random, AFTER_RETURN)];
    }
}
