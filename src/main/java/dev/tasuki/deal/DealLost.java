package dev.tasuki.deal;

import java.time.Instant;

/** A deal was lost, with the reason code and comment the loser gave. */
public record DealLost(
        long dealId,
        long accountId,
        Long leadId,
        DealType type,
        String reasonCode,
        String comment,
        Instant at,
        long byUserId) {}
