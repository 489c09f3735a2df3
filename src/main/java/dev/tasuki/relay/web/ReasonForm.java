package dev.tasuki.relay.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.tasuki.relay.RejectionOutcome;

/** The admin form for a rejection reason code. */
public record ReasonForm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
        @NotBlank @Size(max = 100) String labelJa,
        @NotBlank @Size(max = 100) String labelEn,
        @NotNull RejectionOutcome outcome,
        int sortOrder,
        boolean active) {}
