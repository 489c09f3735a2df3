package dev.tasuki.exchange.internal;

import java.time.Instant;

import dev.tasuki.relay.LeadSource;

/** A form on the organisation's website: its key (in the form's address), the source and campaign of its leads. */
public record CaptureForm(long id, String key, String name, LeadSource source, Long campaignId, boolean active, Instant createdAt) {
}
