package dev.tasuki.relay;

import dev.tasuki.customer.Segment;

/**
 * A lead's source, campaign, owner and segment as they are now, after the lead was created or one of them changed:
 * what other modules narrow and break leads down by (the KPI engine's funnel). Published in the writing transaction,
 * after the creation's {@link LeadStageChanged}.
 */
public record LeadAttributesChanged(long leadId, LeadSource source, Long campaignId, Long ownerId, Segment segment) {

    public static LeadAttributesChanged of(Lead lead) {
        return new LeadAttributesChanged(lead.id(), lead.source(), lead.campaignId(), lead.ownerId(), lead.segment());
    }
}
