package dev.tasuki.relay.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.RejectHandoff;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.SendHandoff;
import dev.tasuki.relay.StageChangeVia;

/**
 * Where handoffs are sent and answered. Each action locks the lead's row first, so a double click or two receivers at
 * once cannot accept twice or accept and reject the same handoff.
 */
@Component
public class HandoffDesk {

    private final HandoffTable handoffs;
    private final LeadTable leads;
    private final LeadAttributeChanges changes;
    private final LeadStages stages;
    private final ReasonCodes reasons;
    private final HandoffSlas slas;
    private final OrganisationClock clock;
    private final ApplicationEventPublisher events;

    HandoffDesk(
            HandoffTable handoffs,
            LeadTable leads,
            LeadAttributeChanges changes,
            LeadStages stages,
            ReasonCodes reasons,
            HandoffSlas slas,
            OrganisationClock clock,
            ApplicationEventPublisher events) {
        this.handoffs = handoffs;
        this.leads = leads;
        this.changes = changes;
        this.stages = stages;
        this.reasons = reasons;
        this.slas = slas;
        this.clock = clock;
        this.events = events;
    }

    public Handoff get(long id) {
        return handoffs.find(id).orElseThrow(() -> RelayRuleBroken.handoffNotFound(id));
    }

    public List<Handoff> ofLead(long leadId) {
        return handoffs.ofLead(leadId);
    }

    public List<ReasonCode> reasonCodes() {
        return reasons.active();
    }

    public Handoff send(long leadId, SendHandoff command, SignedInUser actor, Instant now) {
        Lead lead = leads.lock(leadId).orElseThrow(() -> RelayRuleBroken.leadNotFound(leadId));
        HandoffKind kind = command.kind();
        RelayAccess.checkSends(actor, kind);
        StageRules.checkSend(kind, lead.stage());
        if (handoffs.pendingFor(leadId).isPresent()) {
            throw RelayRuleBroken.handoffPending();
        }
        checkContext(command);
        Bant bant = kind.needsBant() ? command.bant() : Bant.NONE;
        Instant appointment =
                kind.needsBant() ? command.appointmentAt().atZone(clock.zone()).toInstant() : null;
        Instant due = now.plus(slas.of(kind));
        long id = handoffs.insert(
                leadId,
                lead.accountId(),
                kind,
                actor.id(),
                now,
                due,
                command.note().strip(),
                bant,
                appointment);
        kind.sentStage()
                .filter(stage -> stage != lead.stage())
                .ifPresent(stage -> stages.change(lead, stage, StageChangeVia.HANDOFF, null, actor.id(), now));
        events.publishEvent(new HandoffSent(id, leadId, lead.accountId(), kind, now, actor.id(), due));
        return get(id);
    }

    public Handoff accept(long handoffId, SignedInUser actor, Instant now) {
        Handoff handoff = get(handoffId);
        Lead lead = leads.lock(handoff.leadId()).orElseThrow();
        RelayAccess.checkReceives(actor, handoff.kind());
        if (!handoffs.respond(handoffId, HandoffStatus.ACCEPTED, actor.id(), now, null, null)) {
            throw RelayRuleBroken.handoffClosed();
        }
        if (actor.department().filter(handoff.kind().to()::equals).isPresent()) {
            // the receiver takes the lead on (their department's, so no owner right is needed); the row is locked
            changes.assign(lead, lead.version(), actor.id(), now);
        }
        handoff.kind()
                .acceptedStage()
                .ifPresent(stage -> stages.change(lead.id(), stage, StageChangeVia.HANDOFF, null, actor.id(), now));
        events.publishEvent(
                new HandoffAccepted(handoffId, lead.id(), lead.accountId(), handoff.kind(), now, actor.id()));
        return get(handoffId);
    }

    public Handoff reject(long handoffId, RejectHandoff command, SignedInUser actor, Instant now) {
        Handoff handoff = get(handoffId);
        Lead lead = leads.lock(handoff.leadId()).orElseThrow();
        RelayAccess.checkReceives(actor, handoff.kind());
        ReasonCode reason = reasons.activeCode(command.reasonCode())
                .orElseThrow(() -> RelayRuleBroken.unknownReason(command.reasonCode()));
        String comment = command.comment() == null ? "" : command.comment().strip();
        if (comment.isEmpty()) {
            throw RelayRuleBroken.contextMissing("comment");
        }
        if (!handoffs.respond(handoffId, HandoffStatus.REJECTED, actor.id(), now, reason.code(), comment)) {
            throw RelayRuleBroken.handoffClosed();
        }
        LifecycleStage next = switch (reason.outcome()) {
            case RECYCLED -> LifecycleStage.RECYCLED;
            case DISQUALIFIED -> LifecycleStage.DISQUALIFIED;
            case RETURNED -> null;
        };
        if (next != null && next != lead.stage()) {
            stages.change(lead.id(), next, StageChangeVia.HANDOFF, reason.code(), actor.id(), now);
        }
        events.publishEvent(new HandoffRejected(
                handoffId,
                lead.id(),
                lead.accountId(),
                handoff.kind(),
                reason.code(),
                reason.outcome(),
                comment,
                now,
                actor.id()));
        return get(handoffId);
    }

    private static void checkContext(SendHandoff command) {
        if (command.note() == null || command.note().isBlank()) {
            throw RelayRuleBroken.contextMissing("note");
        }
        if (!command.kind().needsBant()) {
            return;
        }
        Bant bant = command.bant() == null ? Bant.NONE : command.bant();
        if (blank(bant.budget())) {
            throw RelayRuleBroken.contextMissing("bant.budget");
        }
        if (blank(bant.authority())) {
            throw RelayRuleBroken.contextMissing("bant.authority");
        }
        if (blank(bant.need())) {
            throw RelayRuleBroken.contextMissing("bant.need");
        }
        if (blank(bant.timing())) {
            throw RelayRuleBroken.contextMissing("bant.timing");
        }
        if (command.appointmentAt() == null) {
            throw RelayRuleBroken.contextMissing("appointmentAt");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
