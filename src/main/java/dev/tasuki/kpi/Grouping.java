package dev.tasuki.kpi;

import java.util.Locale;

/**
 * What a figure can be broken down by. The breakdown rows add up to the total row: every lead, handoff, deal or
 * movement falls in exactly one group (the key is null where it has no value).
 */
public enum Grouping {
    SOURCE,
    CAMPAIGN,
    OWNER,
    SEGMENT,
    SENDER;

    /** The grouping named in a request (any case), or null for none. */
    public static Grouping parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (Grouping grouping : values()) {
            if (grouping.name().equalsIgnoreCase(name.trim())) {
                return grouping;
            }
        }
        throw KpiRuleBroken.unknownValue("groupBy", name);
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
