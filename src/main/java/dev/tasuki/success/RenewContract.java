package dev.tasuki.success;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Marking a contract renewed: the MRR (yen per month) from the renewal day, higher, lower or the same as before, and
 * the contract version the user saw.
 */
public record RenewContract(
        @NotNull @Min(0) @Max(SetMrrLevel.MAX_MRR) Long mrr,
        @NotNull Integer version) {}
