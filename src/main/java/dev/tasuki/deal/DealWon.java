package dev.tasuki.deal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deal was won. {@code mrr} is the monthly recurring revenue the deal adds in yen (for a NEW deal the account's
 * starting MRR; for an EXPANSION the increase; for a RENEWAL the renewed level), from {@code contractStart}, billed per
 * {@code term}. Published in the transaction that closed the deal; Customer Success derives the account's MRR movements
 * from it.
 */
public record DealWon(
        long dealId,
        long accountId,
        Long leadId,
        DealType type,
        long amount,
        long mrr,
        ContractTerm term,
        LocalDate contractStart,
        Instant at,
        long byUserId) {}
