package dev.tasuki.success;

import java.util.Locale;

/**
 * Why a customer left, from the admin-editable list (予算削減, 競合へ乗り換え, ...). Codes are never deleted, only made inactive,
 * since renewal decisions refer to them.
 */
public record ChurnReason(String code, String labelJa, String labelEn, int sortOrder, boolean active) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
