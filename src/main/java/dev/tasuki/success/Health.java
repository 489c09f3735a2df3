package dev.tasuki.success;

import java.time.LocalDate;
import java.util.List;

/**
 * A customer's health on a day: a score from 0 to 100 (the weighted mean of its inputs' points), its colour by the
 * admin's bands, and the reasons, worst first.
 */
public record Health(long accountId, HealthColour colour, int score, List<HealthReason> reasons, LocalDate asOf) {

    public Health {
        reasons = List.copyOf(reasons);
    }
}
