/** Field Sales: deals, the pipeline and its stages, win and loss with reasons, the forecast. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Deal",
        allowedDependencies = {"platform", "identity", "customer", "relay", "healthcheck"})
package dev.tasuki.deal;
