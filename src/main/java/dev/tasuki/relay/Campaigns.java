package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.internal.CampaignTable;

/** Campaigns, run by Marketing (and admins); everyone reads them. */
@Service
@Transactional
public class Campaigns {

    private final CampaignTable campaigns;
    private final OrganisationClock clock;

    Campaigns(CampaignTable campaigns, OrganisationClock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Campaign> all() {
        return campaigns.all();
    }

    @Transactional(readOnly = true)
    public Campaign get(long id) {
        return campaigns.find(id).orElseThrow(() -> RelayRuleBroken.campaignNotFound(id));
    }

    public Campaign create(CampaignDetails details, SignedInUser actor) {
        checkRuns(actor);
        return get(campaigns.insert(details, clock.now()));
    }

    public Campaign change(long id, CampaignDetails details, int version, SignedInUser actor) {
        checkRuns(actor);
        get(id);
        if (!campaigns.update(id, version, details)) {
            throw RelayRuleBroken.staleVersion();
        }
        return get(id);
    }

    /** Marketing and admins run campaigns; executives read them (and are told so). */
    public void checkRuns(SignedInUser actor) {
        if (actor.is(Role.EXECUTIVE)) {
            throw RelayRuleBroken.readOnly();
        }
        if (!actor.is(Role.ADMIN)
                && actor.department().filter(Department.MARKETING::equals).isEmpty()) {
            throw RelayRuleBroken.campaignsNotYours();
        }
    }
}
