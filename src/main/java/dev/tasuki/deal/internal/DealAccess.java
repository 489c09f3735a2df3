package dev.tasuki.deal.internal;

import java.util.Objects;

import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;

/**
 * Who may change a deal: the department that runs it (Field Sales, or Customer Success for its own expansion and
 * renewal deals) and admins; executives read. Owners follow the relay's rule: managers within their department, members
 * only themselves.
 */
final class DealAccess {

    private DealAccess() {}

    static void checkRuns(SignedInUser user, Department department) {
        if (user.is(Role.ADMIN)) {
            return;
        }
        if (user.is(Role.EXECUTIVE)) {
            throw DealRuleBroken.readOnly();
        }
        if (user.department().filter(department::equals).isEmpty()) {
            throw DealRuleBroken.notYours(department);
        }
    }

    static void checkRuns(SignedInUser user, Deal deal) {
        checkRuns(user, deal.department());
    }

    static void checkOwner(SignedInUser user, Long currentOwnerId, UserAccount newOwner) {
        if (newOwner == null || Objects.equals(currentOwnerId, newOwner.id())) {
            return;
        }
        if (!OwnerRule.mayAssign(user, newOwner)) {
            throw DealRuleBroken.ownerOutsideRights();
        }
    }
}
