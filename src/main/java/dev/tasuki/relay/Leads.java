package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.Page;
import dev.tasuki.relay.internal.CampaignTable;
import dev.tasuki.relay.internal.LeadEvidence;
import dev.tasuki.relay.internal.LeadRegistry;
import dev.tasuki.relay.internal.LeadSearch;

/**
 * Leads: creating and editing them, finding them, assigning them. Their stage changes go through {@link LeadLifecycle}
 * and {@link Handoffs}, never through an edit.
 */
@Service
@Transactional
public class Leads {

    private final LeadRegistry registry;
    private final LeadSearch search;
    private final UserDirectory directory;
    private final OrganisationClock clock;
    private final Accounts accounts;
    private final LeadEvidence evidence;
    private final CampaignTable campaigns;

    Leads(
            LeadRegistry registry,
            LeadSearch search,
            UserDirectory directory,
            OrganisationClock clock,
            Accounts accounts,
            LeadEvidence evidence,
            CampaignTable campaigns) {
        this.accounts = accounts;
        this.evidence = evidence;
        this.campaigns = campaigns;
        this.registry = registry;
        this.search = search;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Lead get(long id) {
        return registry.get(id);
    }

    /**
     * Leads past Marketing's leg (SAL, SQL, OPPORTUNITY), the part of them with an owner (the health check's ORG-2).
     */
    @Transactional(readOnly = true)
    public Share ownedPastMarketing() {
        return evidence.ownedPastMarketing();
    }

    @Transactional(readOnly = true)
    public List<StageEntry> history(long id) {
        return registry.history(id);
    }

    /** The lead's score with the rules that made it. */
    @Transactional(readOnly = true)
    public LeadScore score(long id) {
        return registry.score(id);
    }

    @Transactional(readOnly = true)
    public Page<Lead> search(LeadQuery query) {
        return search.run(query);
    }

    public Lead create(LeadDetails details, SignedInUser actor) {
        checkCampaign(details);
        return registry.create(
                details,
                LifecycleStage.LEAD,
                StageChangeVia.CREATE,
                actor,
                owner(details),
                suggestedAccount(details),
                clock.now());
    }

    public Lead change(long id, LeadDetails details, int version, SignedInUser actor) {
        checkCampaign(details);
        return registry.change(id, details, version, actor, owner(details), suggestedAccount(details), clock.now());
    }

    private void checkCampaign(LeadDetails details) {
        if (details.campaignId() != null && campaigns.find(details.campaignId()).isEmpty()) {
            throw RelayRuleBroken.campaignNotFound(details.campaignId());
        }
    }

    /** The account whose domain or company name matches the lead's, to be confirmed by a person. */
    private Long suggestedAccount(LeadDetails details) {
        return accounts.matchFor(details.email(), details.companyName())
                .map(Account::id)
                .orElse(null);
    }

    /** Managers hand a lead to someone in their department; admins to anyone. */
    public Lead assign(long id, long ownerId, int version, SignedInUser actor) {
        return registry.assign(id, directory.get(ownerId), version, actor, clock.now());
    }

    public Lead confirmAccount(long id, long accountId, int version, SignedInUser actor) {
        return registry.linkAccount(id, accounts.get(accountId).id(), version, actor, clock.now());
    }

    private UserAccount owner(LeadDetails details) {
        return details.ownerId() == null ? null : directory.get(details.ownerId());
    }
}
