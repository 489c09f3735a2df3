package dev.tasuki.relay;

import java.util.Locale;

/**
 * A lead scoring rule. Attribute rules match a field of the lead (industry, employeeBand, segment, source: equal;
 * title: contains); activity rules match an activity logged on the lead (kind: equal; subject: contains).
 */
public record ScoringRule(
        long id,
        Kind kind,
        String field,
        String matchValue,
        int points,
        String labelJa,
        String labelEn,
        boolean active) {

    public enum Kind {
        ATTRIBUTE,
        ACTIVITY
    }

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? labelJa : labelEn;
    }
}
