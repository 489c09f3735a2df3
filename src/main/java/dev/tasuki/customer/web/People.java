package dev.tasuki.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/** The users pages show as owners and the owners a user may choose from. */
@Component
class People {

    private final UserDirectory directory;

    People(UserDirectory directory) {
        this.directory = directory;
    }

    /** Every user by id, for showing owners and creators by name and department. */
    Map<Long, UserAccount> byId() {
        Map<Long, UserAccount> byId = new LinkedHashMap<>();
        directory.all().forEach(user -> byId.put(user.id(), user));
        return byId;
    }

    /** Active members and managers, the users who can own records, for the owner filter. */
    List<UserAccount> owners() {
        return directory.all().stream()
                .filter(UserAccount::active)
                .filter(user -> user.role().needsDepartment())
                .toList();
    }

    /**
     * The owners the user may choose on a form: admins any active user, managers the users of their department; the
     * current owner is always a choice (keeping it is no change). Members choose nobody: the form shows the owner.
     */
    List<UserAccount> ownerChoices(SignedInUser user, Long current) {
        List<UserAccount> all = directory.all();
        return all.stream()
                .filter(candidate -> Objects.equals(candidate.id(), current)
                        || candidate.active()
                                && (user.is(Role.ADMIN)
                                        || user.is(Role.MANAGER)
                                                && candidate.department() != null
                                                && user.department().equals(candidate.optionalDepartment())))
                .toList();
    }

    boolean mayChooseOwner(SignedInUser user) {
        return user.is(Role.ADMIN) || user.is(Role.MANAGER);
    }
}
