/**
 * Where a signed-in user lands: their department's home page (the company's, for executives and admins) and the
 * navigation each department needs.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Home",
        allowedDependencies = {"platform", "identity", "relay", "healthcheck"})
package dev.tasuki.home;
