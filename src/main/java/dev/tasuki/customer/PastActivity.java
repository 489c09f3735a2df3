package dev.tasuki.customer;

import java.time.Instant;

import dev.tasuki.identity.Department;

/** An activity that already happened, as an import or the demo organisation brings it. */
public record PastActivity(
        Long accountId,
        Long contactId,
        Long leadId,
        ActivityKind kind,
        String subject,
        String body,
        Instant occurredAt,
        long byUserId,
        Department byDepartment) {}
