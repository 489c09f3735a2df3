package dev.tasuki.identity;

/**
 * Who may make whom the owner of a record: admins anyone active, managers an active member of their own department,
 * everyone else only themselves. One rule for leads, deals and every owned record.
 */
public final class OwnerRule {

    private OwnerRule() {}

    public static boolean mayAssign(SignedInUser actor, UserAccount newOwner) {
        if (!newOwner.active()) {
            return false;
        }
        return actor.is(Role.ADMIN)
                || (actor.is(Role.MANAGER)
                        && actor.department().isPresent()
                        && actor.department().get() == newOwner.department())
                || newOwner.id() == actor.id();
    }
}
