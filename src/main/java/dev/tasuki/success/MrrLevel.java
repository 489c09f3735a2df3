package dev.tasuki.success;

import java.time.Instant;
import java.time.LocalDate;

/** An account's MRR in yen from a day on, until its next level. refId is the deal or renewal decision behind it. */
public record MrrLevel(
        long accountId,
        LocalDate effectiveOn,
        long mrr,
        MrrSource source,
        Long refId,
        Instant recordedAt,
        Long recordedBy) {}
