package dev.tasuki.relay.internal;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.KnownLeads;

/** Tells the customer module which leads exist, so that an activity is never logged on a lead there is not. */
@Component
class RelayKnownLeads implements KnownLeads {

    private final LeadTable leads;

    RelayKnownLeads(LeadTable leads) {
        this.leads = leads;
    }

    @Override
    public boolean exists(long leadId) {
        return leads.find(leadId).isPresent();
    }
}
