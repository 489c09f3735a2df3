package dev.tasuki.success.internal;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.SuccessRuleBroken;

/**
 * Who may change MRR, contracts and renewals: Customer Success members and managers, and admins. Everyone reads;
 * executives only read. Bulk imports of MRR: admins and Customer Success managers.
 */
public final class SuccessAccess {

    private SuccessAccess() {}

    public static boolean mayChange(SignedInUser user) {
        return user.is(Role.ADMIN) || !user.is(Role.EXECUTIVE) && inCustomerSuccess(user);
    }

    public static void checkChange(SignedInUser user) {
        if (user.is(Role.EXECUTIVE)) {
            throw SuccessRuleBroken.readOnly();
        }
        if (!mayChange(user)) {
            throw SuccessRuleBroken.notCustomerSuccess();
        }
    }

    public static boolean mayImport(SignedInUser user) {
        return user.is(Role.ADMIN) || user.is(Role.MANAGER) && inCustomerSuccess(user);
    }

    public static void checkImport(SignedInUser user) {
        if (!mayImport(user)) {
            throw SuccessRuleBroken.importNotAllowed();
        }
    }

    private static boolean inCustomerSuccess(SignedInUser user) {
        return user.department().filter(Department.CUSTOMER_SUCCESS::equals).isPresent();
    }
}
