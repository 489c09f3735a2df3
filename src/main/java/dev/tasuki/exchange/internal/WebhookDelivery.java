package dev.tasuki.exchange.internal;

import java.time.Instant;

/** A message to an endpoint and how its delivery went: the outbox row, which is also the delivery log. */
public record WebhookDelivery(
        long id,
        long endpointId,
        String messageId,
        String eventType,
        String payload,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    /** Where a message is: waiting to be sent (again), delivered (a 2xx answer), or given up after its last retry. */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED;

        public String messageKey() {
            return "exchange.webhook.status." + name();
        }
    }
}
