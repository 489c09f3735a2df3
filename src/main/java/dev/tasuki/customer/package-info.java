/**
 * The one customer record: accounts (companies), contacts (people), their activities and the timeline that every
 * department writes to. Other modules use the services {@link dev.tasuki.customer.Accounts},
 * {@link dev.tasuki.customer.Contacts}, {@link dev.tasuki.customer.Activities} and
 * {@link dev.tasuki.customer.Timeline}, and listen for {@link dev.tasuki.customer.ActivityLogged}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Customer",
        allowedDependencies = {"platform", "identity", "healthcheck"})
package dev.tasuki.customer;
