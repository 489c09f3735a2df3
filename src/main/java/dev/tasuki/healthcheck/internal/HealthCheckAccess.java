package dev.tasuki.healthcheck.internal;

import dev.tasuki.healthcheck.HealthCheckRuleBroken;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/**
 * Who may do what: managers, executives and admins start assessments, create actions and export; everyone signed in
 * answers open assessments and reads results (disagreement is itself a finding); only the starter closes.
 */
public final class HealthCheckAccess {

    private HealthCheckAccess() {}

    public static boolean mayLead(SignedInUser user) {
        return user.is(Role.MANAGER) || user.is(Role.EXECUTIVE) || user.is(Role.ADMIN);
    }

    public static void checkLead(SignedInUser user) {
        if (!mayLead(user)) {
            throw HealthCheckRuleBroken.mayNotStart();
        }
    }

    public static boolean mayClose(SignedInUser user, Assessment assessment) {
        return assessment.open() && assessment.startedBy() == user.id();
    }

    /** An action's owner, its creator and admins may mark it done or open again. */
    public static boolean mayChange(SignedInUser user, ImprovementAction action) {
        return user.is(Role.ADMIN) || action.ownerId() == user.id() || action.createdBy() == user.id();
    }
}
