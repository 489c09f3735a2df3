package dev.tasuki.exchange.internal;

import java.time.Instant;

/** A company read from a file. The domain is as the file writes it (a URL or a bare domain). */
record IncomingAccount(String name, String domain, String phone, Long ownerId, Instant createdAt) {}
