package dev.tasuki.relay;

import java.time.Instant;

public record HandoffAccepted(
        long handoffId, long leadId, Long accountId, HandoffKind kind, Instant at, long byUserId) {}
