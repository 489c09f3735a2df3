package dev.tasuki.relay;

import dev.tasuki.customer.Segment;

/**
 * A lead's source, campaign, owner and segment as they are now, after one of them changed (an edit, a website form for
 * a known email, an assignment, an accepted handoff): what other modules narrow and break leads down by (the KPI
 * engine's funnel). Published in the writing transaction. A new lead's are those it was created with.
 */
public record LeadAttributesChanged(long leadId, LeadSource source, Long campaignId, Long ownerId, Segment segment) {

    public static LeadAttributesChanged of(Lead lead) {
        return new LeadAttributesChanged(lead.id(), lead.source(), lead.campaignId(), lead.ownerId(), lead.segment());
    }
}
