package dev.tasuki.relay;

import java.time.Instant;
import java.util.List;

/**
 * A lead with its past, as an import (another CRM's export, the demo organisation) brings it: the stage entries in time
 * order and the handoffs that happened. The lead's current stage is its last entry's.
 */
public record ImportedLead(
        LeadDetails details,
        Long accountId,
        Instant createdAt,
        Long createdBy,
        List<Entry> entries,
        List<PastHandoff> handoffs) {

    public record Entry(LifecycleStage stage, Instant at, Long byUserId) {}

    public record PastHandoff(
            HandoffKind kind,
            long sentBy,
            Instant createdAt,
            Instant dueAt,
            String note,
            Bant bant,
            Instant appointmentAt,
            HandoffStatus status,
            Long respondedBy,
            Instant respondedAt,
            String reasonCode,
            String responseComment) {}

    public LifecycleStage currentStage() {
        return entries.get(entries.size() - 1).stage();
    }
}
