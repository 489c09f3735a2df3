package dev.tasuki.deal;

import java.util.Locale;

/** Why a deal was won or lost (価格, 機能不足, 競合, タイミング, 予算凍結 …), admin-editable. */
public record DealReason(
        String code, String labelJa, String labelEn, DealStatus outcome, int sortOrder, boolean active) {

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? labelJa : labelEn;
    }
}
