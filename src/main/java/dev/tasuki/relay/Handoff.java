package dev.tasuki.relay;

import java.time.Duration;
import java.time.Instant;

import dev.tasuki.identity.Department;

/** A handoff from one department to the next, with its context, its SLA clock and its outcome. */
public record Handoff(
        long id,
        long leadId,
        Long accountId,
        HandoffKind kind,
        HandoffStatus status,
        Department fromDepartment,
        Department toDepartment,
        long sentBy,
        Instant createdAt,
        Instant dueAt,
        String note,
        Bant bant,
        Instant appointmentAt,
        Long respondedBy,
        Instant respondedAt,
        String reasonCode,
        String responseComment,
        int version) {

    public boolean pending() {
        return status == HandoffStatus.PENDING;
    }

    public boolean overdue(Instant now) {
        return pending() && now.isAfter(dueAt);
    }

    /** METRICS.md responseHours: responded_at − created_at, null while pending. */
    public Double responseHours() {
        return respondedAt == null
                ? null
                : Duration.between(createdAt, respondedAt).toSeconds() / 3600.0;
    }

    /** METRICS.md slaMet: responded by the due time; null while pending. */
    public Boolean slaMet() {
        return respondedAt == null ? null : !respondedAt.isAfter(dueAt);
    }
}
