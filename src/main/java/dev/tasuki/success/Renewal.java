package dev.tasuki.success;

import java.time.LocalDate;

/**
 * A contract up for renewal: the account, its owner, the renewal day due (a monthly contract's rolls on), the days left
 * (negative when overdue), the MRR today and the customer's health.
 */
public record Renewal(
        long accountId,
        String accountName,
        Long ownerId,
        Contract contract,
        LocalDate dueOn,
        long daysLeft,
        long mrr,
        HealthColour health) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    public int version() {
        return contract.version();
    }
}
