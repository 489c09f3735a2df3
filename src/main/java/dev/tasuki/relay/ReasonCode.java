package dev.tasuki.relay;

import java.util.Locale;

/** A reason a receiver may give for rejecting a handoff, and where the lead goes then. */
public record ReasonCode(
        String code, String labelJa, String labelEn, RejectionOutcome outcome, int sortOrder, boolean active) {

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? labelJa : labelEn;
    }
}
