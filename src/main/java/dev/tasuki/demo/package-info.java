/**
 * The demo organisation: a fictional Japanese B2B SaaS company, loaded into an empty database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"platform", "identity"})
package dev.tasuki.demo;
