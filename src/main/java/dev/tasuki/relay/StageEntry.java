package dev.tasuki.relay;

import java.time.Instant;

/** A row of the stage-history log (METRICS.md "stage entry"): lead, from, to, at, by. */
public record StageEntry(
        long leadId,
        LifecycleStage from,
        LifecycleStage to,
        Instant at,
        Long byUserId,
        StageChangeVia via,
        String reason) {}
