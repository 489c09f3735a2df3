package dev.tasuki.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of Tasuki's UI. Japanese comes first: it is the default whenever the user has not chosen and the
 * browser does not ask for a language we have.
 */
public enum Language {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    public static Language fallback() {
        return JA;
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values())
                .filter(l -> l.locale.getLanguage().equals(language))
                .findFirst();
    }

    /** The best of our languages for an Accept-Language header; Japanese when none fits. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(
                    ranges, Arrays.stream(values()).map(Language::locale).toList());
            return best == null ? fallback() : fromTag(best.toLanguageTag()).orElse(fallback());
        } catch (IllegalArgumentException malformedHeader) {
            return fallback();
        }
    }
}
