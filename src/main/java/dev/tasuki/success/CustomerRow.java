package dev.tasuki.success;

import java.time.LocalDate;

/**
 * A customer in the list: an account with MRR or a contract, its owner, MRR today, contract, next renewal day and
 * health (none for a churned customer).
 */
public record CustomerRow(
        long accountId,
        String accountName,
        Long ownerId,
        long mrr,
        Contract contract,
        LocalDate nextRenewal,
        HealthColour health,
        int score) {

    public long arr() {
        return 12 * mrr;
    }

    public boolean churned() {
        return mrr == 0 && (contract == null || !contract.active());
    }
}
