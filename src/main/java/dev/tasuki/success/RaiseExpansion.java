package dev.tasuki.success;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An upsell Customer Success hands to Field Sales: the account's customer lead it is about and what the customer needs.
 */
public record RaiseExpansion(
        @NotNull Long leadId, @Size(max = 4000) String note) {}
