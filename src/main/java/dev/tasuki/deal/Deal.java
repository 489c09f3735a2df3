package dev.tasuki.deal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import dev.tasuki.identity.Department;

/**
 * A deal of an account: what it is worth (amount in yen, and the monthly recurring revenue it brings), where it stands
 * in the pipeline, and how it ended.
 */
public record Deal(
        long id,
        long accountId,
        Long leadId,
        String name,
        DealType type,
        long amount,
        long mrr,
        ContractTerm term,
        LocalDate expectedCloseOn,
        Long ownerId,
        Department department,
        String stage,
        Instant stageEnteredAt,
        DealStatus status,
        Instant closedAt,
        LocalDate contractStart,
        String closeReason,
        String closeComment,
        Instant createdAt,
        Long createdBy,
        int version) {

    public boolean open() {
        return status == DealStatus.OPEN;
    }

    /** How long the deal has been in its current stage, in whole days. */
    public long stageAgeDays(Instant now) {
        return Duration.between(stageEnteredAt, now).toDays();
    }
}
