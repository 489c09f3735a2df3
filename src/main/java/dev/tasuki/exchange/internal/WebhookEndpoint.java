package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;

/** A receiver an admin registered: its URL, its signing secret and the events it wants. */
public record WebhookEndpoint(
        long id, String url, String secret, List<WebhookEvent> events, boolean active, Instant createdAt) {}
