package dev.tasuki.identity.internal;

/** Thrown at start-up when the database has no user and no bootstrap admin is configured. */
class BootstrapAdminMissing extends IllegalStateException {

    BootstrapAdminMissing() {
        super("Tasuki has no user and no bootstrap admin: set TASUKI_ADMIN_EMAIL and TASUKI_ADMIN_PASSWORD "
                + "(a password of at least 12 characters), or enable the demo organisation with"
                + " TASUKI_DEMO_ENABLED=true.");
    }
}
