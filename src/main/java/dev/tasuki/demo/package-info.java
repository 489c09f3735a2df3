/**
 * The demo organisation: a fictional Japanese B2B SaaS company with eighteen months of history, loaded into an empty
 * database.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"platform", "identity", "customer", "relay", "deal", "success"})
package dev.tasuki.demo;
