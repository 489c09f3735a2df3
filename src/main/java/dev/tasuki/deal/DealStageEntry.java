package dev.tasuki.deal;

import java.time.Instant;

public record DealStageEntry(String from, String to, Instant at, Long byUserId) {}
