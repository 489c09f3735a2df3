package dev.tasuki.relay.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.MoveStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.StageChangeVia;

/**
 * Writes stage changes: rule check, the lead's stage columns, the history row and the event. Callers run it inside
 * their transaction; handoffs and the public {@code LeadLifecycle} use it.
 */
@Component
public class LeadStages {

    private final LeadTable leads;
    private final StageEntries entries;
    private final ApplicationEventPublisher events;

    LeadStages(LeadTable leads, StageEntries entries, ApplicationEventPublisher events) {
        this.leads = leads;
        this.entries = entries;
        this.events = events;
    }

    public Lead moveByHand(long leadId, MoveStage command, SignedInUser actor, Instant at) {
        Lead lead = leads.lock(leadId).orElseThrow(() -> RelayRuleBroken.leadNotFound(leadId));
        RelayAccess.checkActsOn(actor, lead.stage());
        if (lead.version() != command.version()) {
            throw RelayRuleBroken.staleVersion();
        }
        return change(lead, command.to(), StageChangeVia.MANUAL, command.reason(), actor.id(), at);
    }

    public Lead change(long leadId, LifecycleStage to, StageChangeVia via, String reason, Long actorId, Instant at) {
        Lead lead = leads.lock(leadId).orElseThrow(() -> RelayRuleBroken.leadNotFound(leadId));
        return change(lead, to, via, reason, actorId, at);
    }

    public Lead change(Lead lead, LifecycleStage to, StageChangeVia via, String reason, Long actorId, Instant at) {
        StageRules.checkMove(lead.stage(), to, via);
        leads.enterStage(lead.id(), to, at);
        entries.append(lead.id(), lead.accountId(), lead.stage(), to, at, actorId, via, reason);
        events.publishEvent(new LeadStageChanged(lead.id(), lead.accountId(), lead.stage(), to, at, actorId, via));
        return leads.find(lead.id()).orElseThrow();
    }

    /** The first entry of a new lead, from no stage. */
    void enterFirst(long leadId, Long accountId, LifecycleStage stage, Instant at, Long actorId, StageChangeVia via) {
        entries.append(leadId, accountId, null, stage, at, actorId, via, null);
        events.publishEvent(new LeadStageChanged(leadId, accountId, null, stage, at, actorId, via));
    }
}
