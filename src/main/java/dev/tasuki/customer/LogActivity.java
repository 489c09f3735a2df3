package dev.tasuki.customer;

import java.time.Instant;
import java.time.LocalDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.tasuki.platform.BusinessDate;

/**
 * The command to log an activity on an account, a contact or a lead (at least one of them). occurredAt defaults to now;
 * dueOn is for tasks.
 */
public record LogActivity(
        Long accountId,
        Long contactId,
        Long leadId,
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String body,
        Instant occurredAt,
        @BusinessDate LocalDate dueOn) {}
