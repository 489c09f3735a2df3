/** Users, departments, roles, sign-in, API tokens and the security configuration. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "platform")
package dev.tasuki.identity;
