/**
 * The relay: leads and their lifecycle stages, campaigns, lead scoring, and the handoffs between departments with their
 * context, SLA clocks and accept/reject decisions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Relay",
        allowedDependencies = {"platform", "identity", "customer", "healthcheck"})
package dev.tasuki.relay;
