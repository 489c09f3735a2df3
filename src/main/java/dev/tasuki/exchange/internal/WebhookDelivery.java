package dev.tasuki.exchange.internal;

import java.time.Instant;

/** A message to an endpoint and how its delivery went: the outbox row, which is also the delivery log. */
public record WebhookDelivery(
        long id,
        long endpointId,
        String messageId,
        String eventType,
        String payload,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {}
