package dev.tasuki.relay.internal;

import static dev.tasuki.relay.LifecycleStage.CHURNED;
import static dev.tasuki.relay.LifecycleStage.CUSTOMER;
import static dev.tasuki.relay.LifecycleStage.DISQUALIFIED;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.LOST;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.StageChangeVia;

/**
 * Which stage changes are legal, and by what. The forward steps of the funnel happen only through handoffs (sending
 * makes MQL and SQL, accepting makes SAL and OPPORTUNITY) and deals (CUSTOMER, LOST); by hand a department takes a lead
 * out of its own leg (recycle, disqualify, lost, churned) or brings an exited lead back to nurture. Imports rebuild
 * history and may set any stage.
 */
public final class StageRules {

    private static final Map<LifecycleStage, Set<LifecycleStage>> BY_HAND = Map.of(
            LEAD, EnumSet.of(RECYCLED, DISQUALIFIED),
            MQL, EnumSet.of(RECYCLED, DISQUALIFIED),
            SAL, EnumSet.of(RECYCLED, DISQUALIFIED),
            SQL, EnumSet.of(RECYCLED, DISQUALIFIED),
            OPPORTUNITY, EnumSet.of(LOST),
            CUSTOMER, EnumSet.of(CHURNED),
            RECYCLED, EnumSet.of(DISQUALIFIED),
            DISQUALIFIED, EnumSet.of(RECYCLED),
            LOST, EnumSet.of(RECYCLED),
            CHURNED, EnumSet.of(RECYCLED));

    private static final Map<LifecycleStage, Set<LifecycleStage>> BY_DEAL = Map.of(
            OPPORTUNITY, EnumSet.of(CUSTOMER, LOST),
            CHURNED, EnumSet.of(CUSTOMER),
            LOST, EnumSet.of(OPPORTUNITY),
            RECYCLED, EnumSet.of(OPPORTUNITY));

    private StageRules() {}

    static void checkMove(LifecycleStage from, LifecycleStage to, StageChangeVia via) {
        boolean legal = switch (via) {
            case IMPORT -> true;
            case CREATE -> from == null;
            case MANUAL -> BY_HAND.getOrDefault(from, Set.of()).contains(to);
            case DEAL -> BY_DEAL.getOrDefault(from, Set.of()).contains(to);
            case HANDOFF -> from != to;
        };
        if (!legal) {
            throw RelayRuleBroken.stageMove(from, to);
        }
    }

    /**
     * The stages a lead may be in when this handoff is sent. A returned handoff may be sent again from its own stage.
     */
    static Set<LifecycleStage> sendableFrom(HandoffKind kind) {
        return switch (kind) {
            case MKT_IS -> EnumSet.of(LEAD, RECYCLED, MQL);
            case IS_FS -> EnumSet.of(SAL, SQL);
            case FS_CS, CS_FS -> EnumSet.of(CUSTOMER);
        };
    }

    static void checkSend(HandoffKind kind, LifecycleStage current) {
        if (!canSend(kind, current)) {
            throw RelayRuleBroken.handoffFromStage(kind, current);
        }
    }

    /** Stages a person may move a lead to by hand from where it is (for the stage menu). */
    public static List<LifecycleStage> manualTargets(LifecycleStage from) {
        return List.copyOf(BY_HAND.getOrDefault(from, Set.of()));
    }

    public static boolean canSend(HandoffKind kind, LifecycleStage current) {
        return sendableFrom(kind).contains(current);
    }
}
