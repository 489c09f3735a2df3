package dev.tasuki.relay;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.internal.LeadStages;

/**
 * The one place that changes a lead's stage. Each change is checked against the stage rules, written to the
 * stage-history log and announced as {@link LeadStageChanged}, all in one transaction.
 */
@Service
@Transactional
public class LeadLifecycle {

    private final LeadStages stages;
    private final OrganisationClock clock;

    LeadLifecycle(LeadStages stages, OrganisationClock clock) {
        this.stages = stages;
        this.clock = clock;
    }

    /** A person moving a lead out of their department's leg (recycle, disqualify, lost, churned). */
    public Lead move(long leadId, MoveStage command, SignedInUser actor) {
        return stages.moveByHand(leadId, command, actor, clock.now());
    }

    /** A deal's outcome moving its lead (won → CUSTOMER, lost → LOST); the deal module has checked who may. */
    public Lead moveForDeal(long leadId, LifecycleStage to, String reason, long actorId) {
        return stages.change(leadId, to, StageChangeVia.DEAL, reason, actorId, clock.now());
    }
}
