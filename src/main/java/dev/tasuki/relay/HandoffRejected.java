package dev.tasuki.relay;

import java.time.Instant;

public record HandoffRejected(
        long handoffId,
        long leadId,
        Long accountId,
        HandoffKind kind,
        String reasonCode,
        RejectionOutcome outcome,
        String comment,
        Instant at,
        long byUserId) {}
