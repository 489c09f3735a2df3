package dev.tasuki.relay.internal;

import java.util.Objects;

import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;

/**
 * Who may do what in the relay. Everyone reads every lead (one shared record is the point); members change only what
 * their department owns at the lead's current stage, managers also reassign within their department, executives only
 * read, admins do everything.
 */
final class RelayAccess {

    private RelayAccess() {}

    static void checkActsOn(SignedInUser user, LifecycleStage stage) {
        if (user.is(Role.ADMIN)) {
            return;
        }
        if (user.is(Role.EXECUTIVE)) {
            throw RelayRuleBroken.readOnly();
        }
        if (user.department().filter(stage.owner()::equals).isEmpty()) {
            throw RelayRuleBroken.notYourStage(stage);
        }
    }

    static void checkSends(SignedInUser user, HandoffKind kind) {
        if (user.is(Role.ADMIN)) {
            return;
        }
        if (user.is(Role.EXECUTIVE)) {
            throw RelayRuleBroken.readOnly();
        }
        if (user.department().filter(kind.from()::equals).isEmpty()) {
            throw RelayRuleBroken.notYourHandoff(kind);
        }
    }

    static void checkReceives(SignedInUser user, HandoffKind kind) {
        if (user.is(Role.ADMIN)) {
            return;
        }
        if (user.is(Role.EXECUTIVE)) {
            throw RelayRuleBroken.readOnly();
        }
        if (user.department().filter(kind.to()::equals).isEmpty()) {
            throw RelayRuleBroken.notYourHandoff(kind);
        }
    }

    /**
     * A lead's owner may be left as it was; otherwise admins may choose anyone active, managers a member of their own
     * department, members only themselves.
     */
    static void checkOwner(SignedInUser user, Long currentOwnerId, UserAccount newOwner) {
        if (newOwner == null || Objects.equals(currentOwnerId, newOwner.id())) {
            return;
        }
        if (!OwnerRule.mayAssign(user, newOwner)) {
            throw RelayRuleBroken.ownerOutsideRights();
        }
    }
}
