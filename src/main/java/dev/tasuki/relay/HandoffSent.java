package dev.tasuki.relay;

import java.time.Instant;

public record HandoffSent(
        long handoffId, long leadId, Long accountId, HandoffKind kind, Instant at, long byUserId, Instant dueAt) {}
