package dev.tasuki.identity;

import java.util.Objects;

/**
 * Who may make whom the owner of a record (a lead, a deal, an account, a contact): the one rule every module asks.
 *
 * <ul>
 *   <li>Keeping the owner a record has needs no right.
 *   <li>Giving a record to someone: admins to any active user, managers to an active user of their own department;
 *       members and executives to nobody (a record a member adds may be theirs: {@link #mayOwnNew}).
 *   <li>Leaving a record without owner: admins; or anyone who may edit it once its owner has been deactivated, as such
 *       an owner owns nothing any more.
 * </ul>
 */
public final class OwnerRule {

    private OwnerRule() {}

    /** Whether the user gives records to others at all (admins and managers): who gets an owner menu. */
    public static boolean mayChoose(SignedInUser actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.MANAGER);
    }

    /** Whether the actor may make the user the owner of a record. */
    public static boolean mayAssign(SignedInUser actor, UserAccount newOwner) {
        if (!newOwner.active()) {
            return false;
        }
        return actor.is(Role.ADMIN)
                || actor.is(Role.MANAGER)
                        && actor.department().isPresent()
                        && actor.department().get() == newOwner.department();
    }

    /** Whether the actor may change a record's owner from current to next (either null: no owner). */
    public static boolean mayChange(SignedInUser actor, UserAccount current, UserAccount next) {
        if (Objects.equals(id(current), id(next))) {
            return true;
        }
        if (next == null) {
            return actor.is(Role.ADMIN) || !current.active();
        }
        return mayAssign(actor, next);
    }

    /** Whether a record the actor adds may have this owner (null: none): themselves, or whom they may assign. */
    public static boolean mayOwnNew(SignedInUser actor, UserAccount owner) {
        return owner == null || owner.id() == actor.id() && owner.active() || mayAssign(actor, owner);
    }

    private static Long id(UserAccount user) {
        return user == null ? null : user.id();
    }
}
