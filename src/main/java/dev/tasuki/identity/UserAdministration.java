package dev.tasuki.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.internal.ApiTokens;
import dev.tasuki.identity.internal.SessionTermination;
import dev.tasuki.identity.internal.Users;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.PersonName;

/**
 * Adding, changing and deactivating users. Every rule is checked before anything is written. A change of role,
 * department or email, and a deactivation, end the user's sessions (and a deactivation their API tokens) at once, so no
 * one keeps rights they no longer have.
 */
@Service
@Transactional
public class UserAdministration {

    private final Users users;
    private final ApiTokens tokens;
    private final SessionTermination sessions;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationClock clock;

    UserAdministration(
            Users users,
            ApiTokens tokens,
            SessionTermination sessions,
            PasswordEncoder passwordEncoder,
            OrganisationClock clock) {
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public UserAccount create(NewUser command) {
        checkDepartment(command.role(), command.department());
        if (users.emailTaken(command.email(), -1)) {
            throw UserRuleBroken.emailTaken();
        }
        long id = users.insert(
                command.email(),
                passwordEncoder.encode(command.password()),
                new PersonName(command.familyName(), command.givenName()),
                command.department(),
                command.role(),
                clock.now());
        return users.findById(id).orElseThrow();
    }

    public UserAccount change(long id, UserChange command, SignedInUser actor) {
        UserAccount current = users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
        checkDepartment(command.role(), command.department());
        if (users.emailTaken(command.email(), id)) {
            throw UserRuleBroken.emailTaken();
        }
        if (current.role() == Role.ADMIN && command.role() != Role.ADMIN) {
            if (actor.id() == id) {
                throw UserRuleBroken.notOnYourself();
            }
            checkNotLastAdmin(current);
        }
        boolean updated = users.update(
                id,
                command.version(),
                command.email(),
                new PersonName(command.familyName(), command.givenName()),
                command.department(),
                command.role(),
                clock.now());
        if (!updated) {
            throw UserRuleBroken.staleVersion();
        }
        if (current.role() != command.role()
                || current.department() != command.department()
                || !current.email().equals(Users.normalise(command.email()))) {
            sessions.endAllOf(current.email());
        }
        return users.findById(id).orElseThrow();
    }

    public void deactivate(long id, int version, SignedInUser actor) {
        UserAccount current = users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
        if (actor.id() == id) {
            throw UserRuleBroken.notOnYourself();
        }
        if (current.role() == Role.ADMIN) {
            checkNotLastAdmin(current);
        }
        if (!users.setActive(id, version, false, clock.now())) {
            throw UserRuleBroken.staleVersion();
        }
        tokens.revokeAllOf(id, clock.now());
        sessions.endAllOf(current.email());
    }

    public void reactivate(long id, int version) {
        users.findById(id).orElseThrow(() -> UserNotFound.forId(id));
        if (!users.setActive(id, version, true, clock.now())) {
            throw UserRuleBroken.staleVersion();
        }
    }

    private void checkNotLastAdmin(UserAccount admin) {
        if (admin.active() && users.countActiveAdmins() <= 1) {
            throw UserRuleBroken.lastAdmin();
        }
    }

    private static void checkDepartment(Role role, Department department) {
        if (role.needsDepartment() && department == null) {
            throw UserRuleBroken.departmentRequired();
        }
        if (!role.needsDepartment() && department != null) {
            throw UserRuleBroken.departmentNotAllowed();
        }
    }
}
