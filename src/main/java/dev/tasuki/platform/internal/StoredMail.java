package dev.tasuki.platform.internal;

import java.time.Instant;

/** A row of the outbox and mailbox, as the dispatcher and the mailbox page read it. */
public record StoredMail(
        long id,
        String kind,
        String dedupKey,
        String to,
        String toName,
        String from,
        String subject,
        String text,
        String html,
        String unsubscribeUrl,
        String status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
