package dev.tasuki.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.tasuki.identity.Passwords;
import dev.tasuki.identity.StrongPassword;

/** The settings form that changes one's own password. */
public record PasswordChange(
        @NotBlank String currentPassword,

        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) @StrongPassword
        String newPassword) {}
