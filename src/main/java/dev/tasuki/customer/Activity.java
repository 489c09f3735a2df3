package dev.tasuki.customer;

import java.time.Instant;
import java.time.LocalDate;

import dev.tasuki.identity.Department;

/** A call, email, meeting, note or task, logged against an account, a contact or a lead, by a user of a department. */
public record Activity(
        long id,
        Long accountId,
        Long contactId,
        Long leadId,
        ActivityKind kind,
        String subject,
        String body,
        Instant occurredAt,
        LocalDate dueOn,
        Instant doneAt,
        long byUserId,
        Department byDepartment,
        Instant createdAt) {}
