package dev.tasuki.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The command an admin sends to edit a user. The version is the one the admin's form was built from: if someone changed
 * the user since, the edit is refused instead of overwriting.
 */
public record UserChange(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 100) String givenName,
        Department department,
        @NotNull Role role,
        int version) {

    public static UserChange of(UserAccount user) {
        return new UserChange(
                user.email(),
                user.name().familyName(),
                user.name().givenName(),
                user.department(),
                user.role(),
                user.version());
    }
}
