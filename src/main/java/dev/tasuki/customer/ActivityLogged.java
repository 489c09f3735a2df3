package dev.tasuki.customer;

import java.time.Instant;

import dev.tasuki.identity.Department;

/**
 * An activity was logged: published in the transaction that wrote it. The relay module listens for lead scoring and
 * speed-to-lead; byDepartment is the department of the user at the time (null for admins).
 */
public record ActivityLogged(
        long activityId,
        Long accountId,
        Long contactId,
        Long leadId,
        ActivityKind kind,
        String subject,
        Instant occurredAt,
        long byUserId,
        Department byDepartment) {}
