package dev.tasuki.success;

import jakarta.validation.constraints.Size;

/**
 * Marking a renewal lost (the customer churns, MRR to 0 from the renewal day): a churn reason code, a comment and the
 * contract version the user saw.
 */
public record LoseContract(
        String reasonCode,
        @Size(max = LoseContract.MAX_COMMENT) String comment,
        Integer version) {

    public static final int MAX_COMMENT = 2000;
}
