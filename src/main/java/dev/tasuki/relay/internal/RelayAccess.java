package dev.tasuki.relay.internal;

import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;

/**
 * Who may do what in the relay. Everyone reads every lead (one shared record is the point); members change only what
 * their department owns at the lead's current stage, executives only read, admins do everything. Who may give a lead to
 * whom is identity's {@link dev.tasuki.identity.OwnerRule}.
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
}
