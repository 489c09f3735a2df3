package dev.tasuki.customer;

import java.time.Instant;

/**
 * An account that already existed, as an import or the demo organisation brings it: its fields, its owner, and when and
 * by whom it was created.
 */
public record PastAccount(
        String name,
        String nameKana,
        String domain,
        Industry industry,
        EmployeeBand employeeBand,
        Segment segment,
        Long ownerId,
        String phone,
        Prefecture prefecture,
        String address,
        Instant createdAt,
        long createdBy) {}
