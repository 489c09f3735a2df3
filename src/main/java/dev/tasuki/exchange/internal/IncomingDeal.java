package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;

import dev.tasuki.deal.DealType;

/**
 * A deal read from a file: its fields (mrr 0 when the file has none), its stage (a code of ours), when it closed (null
 * while open), and its company by the other system's id or by name.
 */
record IncomingDeal(
        String name,
        DealType type,
        long amount,
        long mrr,
        LocalDate closeOn,
        Long ownerId,
        String stage,
        Instant createdAt,
        Instant closedAt,
        String companyId,
        String companyName) {}
