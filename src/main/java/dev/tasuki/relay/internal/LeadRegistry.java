package dev.tasuki.relay.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.relay.CaptureSubmittedForKnownLead;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadScore;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.StageChangeVia;
import dev.tasuki.relay.StageEntry;

/** The write side of leads apart from stages: every rule is checked before anything is written. */
@Component
public class LeadRegistry {

    private final LeadTable leads;
    private final StageEntries entries;
    private final LeadStages stages;
    private final LeadScoring scoring;
    private final LeadAttributeChanges changes;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;

    LeadRegistry(
            LeadTable leads,
            StageEntries entries,
            LeadStages stages,
            LeadScoring scoring,
            LeadAttributeChanges changes,
            UserDirectory directory,
            ApplicationEventPublisher events) {
        this.leads = leads;
        this.entries = entries;
        this.stages = stages;
        this.scoring = scoring;
        this.changes = changes;
        this.directory = directory;
        this.events = events;
    }

    public LeadScore score(long id) {
        return scoring.explain(get(id));
    }

    public Lead get(long id) {
        return leads.find(id).orElseThrow(() -> RelayRuleBroken.leadNotFound(id));
    }

    public List<StageEntry> history(long id) {
        return entries.of(id);
    }

    public Lead create(
            LeadDetails details,
            LifecycleStage stage,
            StageChangeVia via,
            SignedInUser actor,
            UserAccount owner,
            Long suggestedAccountId,
            Instant now) {
        RelayAccess.checkActsOn(actor, stage);
        checkIdentifies(details);
        if (!OwnerRule.mayOwnNew(actor, owner)) {
            throw RelayRuleBroken.ownerOutsideRights();
        }
        leads.idByEmail(details.email(), -1).ifPresent(existing -> {
            throw RelayRuleBroken.emailTaken(existing);
        });
        long id = leads.insert(details, stage, suggestedAccountId, now, actor.id());
        stages.enterFirst(id, null, stage, now, actor.id(), via);
        scoring.rescore(id);
        return get(id);
    }

    /**
     * A lead from the organisation's website (no user acts): a new one enters LEAD as any new lead does; a lead that
     * already has the email takes the form's values where the form has one, and keeps its stage.
     */
    public Lead capture(LeadDetails details, Long suggestedAccountId, Instant now) {
        checkIdentifies(details);
        Optional<Long> existing = leads.idByEmail(details.email(), -1);
        if (existing.isPresent()) {
            // A stranger never overwrites what the company knows: only empty fields take the form's values.
            Lead lead = get(existing.get());
            LeadDetails known = LeadDetails.of(lead);
            List<String> filled = new ArrayList<>();
            LeadDetails merged = new LeadDetails(
                    fill("familyName", known.familyName(), details.familyName(), filled),
                    fill("givenName", known.givenName(), details.givenName(), filled),
                    fill("familyNameKana", known.familyNameKana(), details.familyNameKana(), filled),
                    fill("givenNameKana", known.givenNameKana(), details.givenNameKana(), filled),
                    known.email(),
                    fill("phone", known.phone(), details.phone(), filled),
                    fill("companyName", known.companyName(), details.companyName(), filled),
                    fill("title", known.title(), details.title(), filled),
                    known.industry(),
                    known.employeeBand(),
                    known.segment(),
                    known.source(),
                    known.campaignId() != null ? known.campaignId() : details.campaignId(),
                    known.ownerId());
            leads.update(lead.id(), lead.version(), merged, lead.accountId() == null ? suggestedAccountId : null, now);
            scoring.rescore(lead.id());
            events.publishEvent(new CaptureSubmittedForKnownLead(
                    lead.id(),
                    lead.accountId(),
                    lead.ownerId(),
                    details.source(),
                    Stream.of(
                                    details.familyName(),
                                    details.givenName(),
                                    details.phone(),
                                    details.companyName(),
                                    details.title())
                            .filter(value -> value != null && !value.isBlank())
                            .toList(),
                    List.copyOf(filled),
                    now));
            return changes.announced(lead);
        }
        long id = leads.insert(details, LifecycleStage.LEAD, suggestedAccountId, now, null);
        stages.enterFirst(id, null, LifecycleStage.LEAD, now, null, StageChangeVia.CREATE);
        scoring.rescore(id);
        return get(id);
    }

    private static String fill(String field, String known, String given, List<String> filled) {
        if ((known == null || known.isBlank()) && given != null && !given.isBlank()) {
            filled.add(field);
            return given;
        }
        return known;
    }

    public Lead change(
            long id,
            LeadDetails details,
            int version,
            SignedInUser actor,
            UserAccount owner,
            Long suggestedAccountId,
            Instant now) {
        Lead current = get(id);
        RelayAccess.checkActsOn(actor, current.stage());
        checkIdentifies(details);
        checkOwnerChange(actor, current, owner);
        leads.idByEmail(details.email(), id).ifPresent(existing -> {
            throw RelayRuleBroken.emailTaken(existing);
        });
        Long suggestion = current.accountId() == null ? suggestedAccountId : null;
        if (!leads.update(id, version, details, suggestion, now)) {
            throw RelayRuleBroken.staleVersion();
        }
        scoring.rescore(id);
        return changes.announced(current);
    }

    public Lead assign(long id, UserAccount owner, int version, SignedInUser actor, Instant now) {
        Lead current = get(id);
        RelayAccess.checkActsOn(actor, current.stage());
        checkOwnerChange(actor, current, owner);
        return changes.assign(current, version, owner.id(), now);
    }

    private void checkOwnerChange(SignedInUser actor, Lead current, UserAccount owner) {
        if (!directory.mayChangeOwner(actor, current.ownerId(), owner)) {
            throw RelayRuleBroken.ownerOutsideRights();
        }
    }

    public Lead linkAccount(long id, long accountId, int version, SignedInUser actor, Instant now) {
        Lead current = get(id);
        RelayAccess.checkActsOn(actor, current.stage());
        if (!leads.linkAccount(id, version, accountId, now)) {
            throw RelayRuleBroken.staleVersion();
        }
        return get(id);
    }

    private static void checkIdentifies(LeadDetails details) {
        if (!details.identifiesSomeone()) {
            throw RelayRuleBroken.nameOrEmailMissing();
        }
    }
}
