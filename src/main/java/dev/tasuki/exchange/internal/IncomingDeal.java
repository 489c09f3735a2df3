package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;

import dev.tasuki.deal.DealType;

/**
 * A deal read from a file: its fields, its stage (a code of ours), and its company by the other system's id or by
 * name.
 */
record IncomingDeal(String name, DealType type, long amount, LocalDate closeOn, Long ownerId, String stage, Instant createdAt,
        Instant closedAt, String companyId, String companyName) {
}
