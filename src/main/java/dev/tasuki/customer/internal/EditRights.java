package dev.tasuki.customer.internal;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.identity.UserNotFound;

/**
 * Who may change an account or a contact. Everyone reads everything. Admins edit everything; executives nothing.
 * Otherwise the owner, and the members and managers of the owner's department, edit a record; anyone in a department
 * edits a record without owner. Who may give a record to whom is identity's {@link OwnerRule}; a record a member adds
 * is theirs.
 */
@Component
public class EditRights {

    private final UserDirectory directory;

    EditRights(UserDirectory directory) {
        this.directory = directory;
    }

    public boolean mayCreate(SignedInUser user) {
        return user.role() != Role.EXECUTIVE;
    }

    public boolean mayEdit(Long ownerId, SignedInUser user) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() == Role.EXECUTIVE || user.department().isEmpty()) {
            return false;
        }
        if (ownerId == null || ownerId == user.id()) {
            return true;
        }
        return departmentOf(ownerId).equals(user.department());
    }

    public void checkCreate(SignedInUser user) {
        if (!mayCreate(user)) {
            throw CustomerRuleBroken.readOnly();
        }
    }

    public void checkEdit(Long ownerId, SignedInUser user) {
        if (user.role() == Role.EXECUTIVE) {
            throw CustomerRuleBroken.readOnly();
        }
        if (!mayEdit(ownerId, user)) {
            throw CustomerRuleBroken.notEditable();
        }
    }

    /** The owner of a new record: the one asked for if the user may assign them, else the user (if in a department). */
    public Long ownerOfNew(Long requested, SignedInUser user) {
        Long own = user.department().isPresent() ? user.id() : null;
        if (requested == null || requested.equals(own)) {
            return own;
        }
        if (!OwnerRule.mayOwnNew(user, activeUser(requested))) {
            throw CustomerRuleBroken.ownerNotAssignable();
        }
        return requested;
    }

    /**
     * Refuses an owner change the user may not make (identity's {@link OwnerRule}); keeping the owner needs no right.
     */
    public void checkOwnerChange(Long current, Long requested, SignedInUser user) {
        if (Objects.equals(current, requested)) {
            return;
        }
        if (!directory.mayChangeOwner(user, current, requested == null ? null : activeUser(requested))) {
            throw CustomerRuleBroken.ownerNotAssignable();
        }
    }

    private UserAccount activeUser(long id) {
        try {
            UserAccount user = directory.get(id);
            if (!user.active()) {
                throw CustomerRuleBroken.ownerUnknown(id);
            }
            return user;
        } catch (UserNotFound unknown) {
            throw CustomerRuleBroken.ownerUnknown(id);
        }
    }

    private Optional<Department> departmentOf(long userId) {
        // owner_id references app_user, and users are deactivated, never deleted: the owner exists.
        return directory.get(userId).optionalDepartment();
    }
}
