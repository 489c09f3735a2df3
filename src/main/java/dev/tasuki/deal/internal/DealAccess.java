package dev.tasuki.deal.internal;

import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/**
 * Who may change a deal: the department that runs it (Field Sales, or Customer Success for its own expansion and
 * renewal deals) and admins; executives read. Who may give a deal to whom is identity's
 * {@link dev.tasuki.identity.OwnerRule}.
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
}
