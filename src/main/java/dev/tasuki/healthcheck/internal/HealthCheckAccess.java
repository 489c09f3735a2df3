package dev.tasuki.healthcheck.internal;

import dev.tasuki.healthcheck.HealthCheckRuleBroken;
import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;

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

    /**
     * Who may own an action the user creates: whom identity's {@link OwnerRule} lets them assign, and for executives,
     * who lead across departments, anyone active, as for admins.
     */
    public static boolean mayGiveAction(SignedInUser user, UserAccount owner) {
        return user.is(Role.EXECUTIVE) && owner.active() || OwnerRule.mayAssign(user, owner);
    }

    /** An action's owner, its creator and admins may mark it done or open again. */
    public static boolean mayChange(SignedInUser user, ImprovementAction action) {
        return user.is(Role.ADMIN) || action.ownerId() == user.id() || action.createdBy() == user.id();
    }
}
