package dev.tasuki.deal.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.deal.CloseDeal;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealDetails;
import dev.tasuki.deal.DealLost;
import dev.tasuki.deal.DealReason;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.DealWon;
import dev.tasuki.deal.OnboardingNote;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.LeadLifecycle;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.SendHandoff;

/**
 * Where deals are opened, moved and closed. Winning a NEW deal makes its lead a CUSTOMER and opens the FS→CS handoff
 * with the onboarding context; losing it makes the lead LOST. Every close is announced.
 */
@Component
public class DealDesk {

    private final DealTable deals;
    private final DealCatalog catalog;
    private final DealStageEntries entries;
    private final LeadLifecycle lifecycle;
    private final Leads leads;
    private final Handoffs handoffs;
    private final OrganisationClock clock;
    private final ApplicationEventPublisher events;
    private final UserDirectory directory;

    DealDesk(
            DealTable deals,
            DealCatalog catalog,
            DealStageEntries entries,
            LeadLifecycle lifecycle,
            Leads leads,
            Handoffs handoffs,
            OrganisationClock clock,
            ApplicationEventPublisher events,
            UserDirectory directory) {
        this.directory = directory;
        this.deals = deals;
        this.catalog = catalog;
        this.entries = entries;
        this.lifecycle = lifecycle;
        this.leads = leads;
        this.handoffs = handoffs;
        this.clock = clock;
        this.events = events;
    }

    public Deal get(long id) {
        return deals.find(id).orElseThrow(() -> DealRuleBroken.notFound(id));
    }

    public Deal open(
            DealDetails details,
            Long leadId,
            Long handoffId,
            Department department,
            SignedInUser actor,
            UserAccount owner,
            Instant now) {
        DealAccess.checkRuns(actor, department);
        if (!OwnerRule.mayOwnNew(actor, owner)) {
            throw DealRuleBroken.ownerOutsideRights();
        }
        String first = catalog.stages().stream()
                .filter(DealStage::open)
                .findFirst()
                .orElseThrow()
                .code();
        long id =
                deals.insert(details.ownedByDefault(actor.id()), leadId, handoffId, department, first, now, actor.id());
        entries.append(id, details.accountId(), null, first, now, actor.id());
        return get(id);
    }

    public Deal change(long id, DealDetails details, int version, SignedInUser actor, UserAccount owner, Instant now) {
        Deal deal = get(id);
        DealAccess.checkRuns(actor, deal);
        if (!directory.mayChangeOwner(actor, deal.ownerId(), owner)) {
            throw DealRuleBroken.ownerOutsideRights();
        }
        if (!deal.open()) {
            throw DealRuleBroken.closed();
        }
        if (!deals.update(id, version, details, now)) {
            throw DealRuleBroken.staleVersion();
        }
        return get(id);
    }

    public Deal move(long id, String stageCode, int version, SignedInUser actor, Instant now) {
        Deal deal = locked(id, version, actor);
        DealStage stage = catalog.stage(stageCode)
                .filter(DealStage::open)
                .orElseThrow(() -> DealRuleBroken.unknownStage(stageCode));
        if (!stage.code().equals(deal.stage())) {
            deals.enterStage(id, stage.code(), now);
            entries.append(id, deal.accountId(), deal.stage(), stage.code(), now, actor.id());
        }
        return get(id);
    }

    public Deal win(long id, CloseDeal command, SignedInUser actor, Instant now) {
        Deal deal = locked(id, command.version(), actor);
        DealReason reason = reason(DealStatus.WON, command.reasonCode());
        long mrr = command.mrr() == null ? deal.mrr() : command.mrr();
        ContractTerm term = command.term() == null ? deal.term() : command.term();
        LocalDate start = command.contractStart() == null ? clock.today() : command.contractStart();
        close(deal, DealStatus.WON, reason, command.comment(), mrr, term, start, actor, now);
        if (deal.type() == DealType.NEW
                && deal.leadId() != null
                && leads.get(deal.leadId()).stage() == LifecycleStage.OPPORTUNITY) {
            lifecycle.moveForDeal(deal.leadId(), LifecycleStage.CUSTOMER, reason.code(), actor.id());
            handoffs.send(
                    deal.leadId(),
                    new SendHandoff(
                            HandoffKind.FS_CS,
                            OnboardingNote.of(deal.name(), deal.amount(), mrr, term, start, command.comment()),
                            null,
                            null),
                    actor);
        }
        events.publishEvent(new DealWon(
                id, deal.accountId(), deal.leadId(), deal.type(), deal.amount(), mrr, term, start, now, actor.id()));
        return get(id);
    }

    public Deal lose(long id, CloseDeal command, SignedInUser actor, Instant now) {
        Deal deal = locked(id, command.version(), actor);
        DealReason reason = reason(DealStatus.LOST, command.reasonCode());
        close(deal, DealStatus.LOST, reason, command.comment(), deal.mrr(), deal.term(), null, actor, now);
        if (deal.type() == DealType.NEW
                && deal.leadId() != null
                && leads.get(deal.leadId()).stage() == LifecycleStage.OPPORTUNITY) {
            lifecycle.moveForDeal(deal.leadId(), LifecycleStage.LOST, reason.code(), actor.id());
        }
        events.publishEvent(new DealLost(
                id,
                deal.accountId(),
                deal.leadId(),
                deal.type(),
                reason.code(),
                command.comment().strip(),
                now,
                actor.id()));
        return get(id);
    }

    private Deal locked(long id, int version, SignedInUser actor) {
        Deal deal = deals.lock(id).orElseThrow(() -> DealRuleBroken.notFound(id));
        DealAccess.checkRuns(actor, deal);
        if (!deal.open()) {
            throw DealRuleBroken.closed();
        }
        if (deal.version() != version) {
            throw DealRuleBroken.staleVersion();
        }
        return deal;
    }

    private DealReason reason(DealStatus outcome, String code) {
        return catalog.reasons(outcome).stream()
                .filter(reason -> reason.code().equals(code))
                .findFirst()
                .orElseThrow(() -> DealRuleBroken.unknownReason(code));
    }

    private void close(
            Deal deal,
            DealStatus status,
            DealReason reason,
            String comment,
            long mrr,
            ContractTerm term,
            LocalDate start,
            SignedInUser actor,
            Instant now) {
        String stage = catalog.closing(status).code();
        deals.close(deal.id(), status, stage, now, reason.code(), comment.strip(), mrr, term, start);
        entries.append(deal.id(), deal.accountId(), deal.stage(), stage, now, actor.id());
    }
}
