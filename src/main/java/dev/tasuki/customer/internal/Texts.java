package dev.tasuki.customer.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How user input is stored: stripped, blank as null; kana readings in full-width katakana (ひらがな and ﾊﾝｶｸ become カタカナ)
 * so that a reading is found however it was typed; emails lower case.
 */
public final class Texts {

    private Texts() {}

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static String nfkc(String value) {
        String clean = clean(value);
        return clean == null ? null : Normalizer.normalize(clean, Normalizer.Form.NFKC);
    }

    /** Full-width katakana: NFKC turns half-width kana into full width, then hiragana are shifted to katakana. */
    public static String katakana(String value) {
        String clean = nfkc(value);
        if (clean == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(clean.length());
        clean.codePoints().forEach(c -> result.appendCodePoint(c >= 'ぁ' && c <= 'ゖ' ? c + ('ァ' - 'ぁ') : c));
        return result.toString();
    }

    public static String email(String value) {
        String clean = clean(value);
        return clean == null ? null : clean.toLowerCase(Locale.ROOT);
    }

    /** A phone number as typed, full-width digits and symbols made half-width. */
    public static String phone(String value) {
        String clean = nfkc(value);
        return clean == null ? null : clean.replace('－', '-').replace('ー', '-').replace('‐', '-');
    }

    /** The text cut to at most max characters, for columns that must not overflow. */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
