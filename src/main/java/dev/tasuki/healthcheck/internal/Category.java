package dev.tasuki.healthcheck.internal;

import java.util.Locale;

/** One of the sheet's ten categories; weight (1-5, set by an admin) breaks ties between equally weak items. */
public record Category(String code, int number, String labelJa, String labelEn, int weight) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
