package dev.tasuki.customer;

import java.time.Instant;

/**
 * A company the organisation sells to or serves: the root of the one customer record. The domain is stored lower-cased
 * without scheme or "www." and is unique; the owner is a user (or none).
 */
public record Account(
        long id,
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
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {}
