package dev.tasuki.success.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The admin form for a churn reason. */
record ReasonForm(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}") String code,
        @NotBlank @Size(max = 100) String labelJa,
        @NotBlank @Size(max = 100) String labelEn,
        Integer sortOrder,
        Boolean active) {}
