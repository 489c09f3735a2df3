/**
 * Customer Success: each account's MRR levels and the movements derived from them (NEW, EXPANSION, CONTRACTION, CHURN,
 * REACTIVATION, see METRICS.md), contracts and their renewals, churn reasons, the customer health score and expansion
 * handoffs. Listens to the deal module's {@code DealWon}; publishes {@link dev.tasuki.success.MrrMoved}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Success",
        allowedDependencies = {"platform", "identity", "customer", "relay", "deal", "healthcheck"})
package dev.tasuki.success;
