package dev.tasuki.success;

import java.time.LocalDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.platform.Amounts;
import dev.tasuki.platform.BusinessDate;

/**
 * A person setting an account's MRR level (yen per month) from a day on, e.g. after a price change agreed outside a
 * deal.
 */
public record SetMrrLevel(
        @NotNull @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate effectiveOn,

        @NotNull @Min(0) @Max(MAX_MRR) Long mrr) {

    /** The bound of every amount (METRICS.md): far above any real MRR, far below an overflow of sums. */
    public static final long MAX_MRR = Amounts.MAX;
}
