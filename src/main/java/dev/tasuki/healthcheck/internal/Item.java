package dev.tasuki.healthcheck.internal;

import java.util.List;
import java.util.Locale;

/** One check item of the sheet, with a stable code (KPI-2), the remedies that answer it and the feature that helps. */
public record Item(
        String code,
        String categoryCode,
        int number,
        String textJa,
        String textEn,
        List<Remedy> remedies,
        HelpingFeature feature) {

    public Item {
        remedies = List.copyOf(remedies);
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textJa;
    }
}
