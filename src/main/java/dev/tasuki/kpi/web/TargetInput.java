package dev.tasuki.kpi.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import dev.tasuki.kpi.TargetMetric;

/**
 * A target as the user types it: counts and yen as whole numbers (commas and a ¥ allowed), NRR and logo churn as
 * percentages (105 for 105%), stored as ratios. A blank box removes the target.
 */
@Component
class TargetInput {

    /** The value to store; null for a blank box. */
    BigDecimal parse(TargetMetric metric, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(
                    typed.strip().replace(",", "").replace("¥", "").replace("%", ""));
        } catch (NumberFormatException notANumber) {
            throw TargetNotANumber.of(typed);
        }
        return metric.isRatio() ? number.movePointLeft(2) : number;
    }
}
