package dev.tasuki.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The command to add a user to the organisation (admin page, bootstrap admin, demo). */
public record NewUser(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 100) String givenName,
        Department department,
        @NotNull Role role,

        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) @StrongPassword
        String password) {}
