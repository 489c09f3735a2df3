package dev.tasuki.customer;

/**
 * Whether a lead exists, for an activity logged on one. Leads belong to the relay, which depends on this module and so
 * provides this; the customer module cannot ask the relay itself.
 */
public interface KnownLeads {

    boolean exists(long leadId);
}
