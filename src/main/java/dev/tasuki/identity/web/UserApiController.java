package dev.tasuki.identity.web;

import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.Passwords;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserAdministration;
import dev.tasuki.identity.UserDirectory;

/**
 * The organisation's people for integrations and scripts: everyone signed in may list them (to pick an assignee or
 * mention someone); only admins add one (the API's security chain checks the role before the body is read).
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Identity")
class UserApiController {

    private final UserDirectory directory;
    private final UserAdministration administration;

    UserApiController(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    /** A user as the API shows one; {@code name} is the display name, family name first. */
    record UserView(
            long id,
            String email,
            String name,
            String familyName,
            String givenName,
            Department department,
            Role role,
            boolean active) {

        static UserView of(UserAccount account) {
            return new UserView(
                    account.id(),
                    account.email(),
                    account.name().display(),
                    account.name().familyName(),
                    account.name().givenName(),
                    account.department(),
                    account.role(),
                    account.active());
        }
    }

    /**
     * A new user. {@code name} is the whole name as Japanese users write it ("山田 太郎": the family name up to the first
     * space); {@code familyName} and {@code givenName} may be given instead.
     */
    record AddUser(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 201) String name,
            @Size(max = 100) String familyName,
            @Size(max = 100) String givenName,
            Department department,
            @NotNull Role role,

            @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH)
            String password) {

        @AssertTrue(message = "{user.api.nameRequired}")
        boolean isNamed() {
            return (familyName != null && !familyName.isBlank()) || (name != null && !name.isBlank());
        }

        NewUser command() {
            String family = familyName;
            String given = givenName;
            if ((family == null || family.isBlank()) && name != null) {
                String whole = name.strip().replace('　', ' ');
                int space = whole.indexOf(' ');
                family = space < 0 ? whole : whole.substring(0, space);
                given = space < 0 ? given : whole.substring(space + 1).strip();
            }
            return new NewUser(email, family, given, department, role, password);
        }
    }

    @GetMapping
    @Operation(summary = "The organisation's users, active first; filter by department and whether active")
    List<UserView> all(
            @RequestParam(required = false) Department department, @RequestParam(required = false) Boolean active) {
        return directory.all().stream()
                .filter(user -> department == null || user.department() == department)
                .filter(user -> active == null || user.active() == active)
                .map(UserView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One user")
    UserView get(@PathVariable long id) {
        return UserView.of(directory.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a user (admins): email, name, department (members and managers), role, password",
            description =
                    "201 with the user; 400 for an invalid field, 409 when the email is taken, 422 when the role and "
                            + "department do not fit; 403 for anyone but an admin")
    UserView add(@Valid @RequestBody AddUser user) {
        return UserView.of(administration.create(user.command()));
    }
}
