package dev.tasuki.relay;

import java.time.Instant;

/**
 * A lead entered a stage. Published in the transaction that wrote the stage-history row. {@code from} is null when the
 * lead was created.
 */
public record LeadStageChanged(
        long leadId,
        Long accountId,
        LifecycleStage from,
        LifecycleStage to,
        Instant at,
        Long byUserId,
        StageChangeVia via) {}
