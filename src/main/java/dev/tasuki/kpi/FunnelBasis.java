package dev.tasuki.kpi;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whose stage entries a funnel counts (METRICS.md): the leads created in the window (cohort, the default) or the first
 * entries that fall in the window, whoever made them (period).
 */
public enum FunnelBasis {
    COHORT,
    PERIOD;

    /** The basis named in a request ({@code cohort} or {@code period}, any case); cohort when none is named. */
    public static FunnelBasis parse(String name) {
        if (name == null || name.isBlank()) {
            return COHORT;
        }
        for (FunnelBasis basis : values()) {
            if (basis.name().equalsIgnoreCase(name.trim())) {
                return basis;
            }
        }
        throw KpiRuleBroken.unknownValue("basis", name);
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
