package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;

import dev.tasuki.relay.LeadSource;

/**
 * A form on the organisation's website: its key (in the form's address), the source and campaign of its leads, and the
 * origins whose pages may post to it from script (CORS; none: plain form posts only).
 */
public record CaptureForm(
        long id,
        String key,
        String name,
        LeadSource source,
        Long campaignId,
        boolean active,
        Instant createdAt,
        List<String> allowedOrigins) {

    public CaptureForm {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
