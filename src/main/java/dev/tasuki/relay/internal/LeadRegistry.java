package dev.tasuki.relay.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
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

    LeadRegistry(
            LeadTable leads,
            StageEntries entries,
            LeadStages stages,
            LeadScoring scoring,
            LeadAttributeChanges changes,
            UserDirectory directory) {
        this.leads = leads;
        this.entries = entries;
        this.stages = stages;
        this.scoring = scoring;
        this.changes = changes;
        this.directory = directory;
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
            Lead lead = get(existing.get());
            LeadDetails known = LeadDetails.of(lead);
            LeadDetails merged = new LeadDetails(
                    or(details.familyName(), known.familyName()),
                    or(details.givenName(), known.givenName()),
                    or(details.familyNameKana(), known.familyNameKana()),
                    or(details.givenNameKana(), known.givenNameKana()),
                    known.email(),
                    or(details.phone(), known.phone()),
                    or(details.companyName(), known.companyName()),
                    or(details.title(), known.title()),
                    known.industry(),
                    known.employeeBand(),
                    known.segment(),
                    details.source(),
                    details.campaignId() != null ? details.campaignId() : known.campaignId(),
                    known.ownerId());
            leads.update(lead.id(), lead.version(), merged, lead.accountId() == null ? suggestedAccountId : null, now);
            scoring.rescore(lead.id());
            return changes.announced(lead);
        }
        long id = leads.insert(details, LifecycleStage.LEAD, suggestedAccountId, now, null);
        stages.enterFirst(id, null, LifecycleStage.LEAD, now, null, StageChangeVia.CREATE);
        scoring.rescore(id);
        return get(id);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
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
