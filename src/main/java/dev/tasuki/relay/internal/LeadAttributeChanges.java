package dev.tasuki.relay.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadAttributesChanged;
import dev.tasuki.relay.RelayRuleBroken;

/**
 * The one path of writes that may change what the read models know of a lead (its source, campaign, owner and segment):
 * an edit, a capture, an assignment, an accepted handoff. The lead is read again after the write and
 * {@link LeadAttributesChanged} is published, in the writer's transaction, when its attributes differ from before.
 */
@Component
class LeadAttributeChanges {

    private final LeadTable leads;
    private final ApplicationEventPublisher events;

    LeadAttributeChanges(LeadTable leads, ApplicationEventPublisher events) {
        this.leads = leads;
        this.events = events;
    }

    /** Makes the user the owner of the lead as it was at that version; a stale version changes nothing. */
    Lead assign(Lead before, int version, long ownerId, Instant now) {
        if (!leads.assign(before.id(), version, ownerId, now)) {
            throw RelayRuleBroken.staleVersion();
        }
        return announced(before);
    }

    /** The lead as written since it was as before, announcing its attributes when the write changed them. */
    Lead announced(Lead before) {
        Lead after = leads.find(before.id()).orElseThrow();
        LeadAttributesChanged attributes = LeadAttributesChanged.of(after);
        if (!attributes.equals(LeadAttributesChanged.of(before))) {
            events.publishEvent(attributes);
        }
        return after;
    }
}
