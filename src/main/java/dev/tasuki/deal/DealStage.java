package dev.tasuki.deal;

import java.util.Locale;

/** A pipeline stage with its win probability (admin-editable). The WON and LOST stages close a deal. */
public record DealStage(
        String code,
        String labelJa,
        String labelEn,
        int probability,
        DealStatus outcome,
        int sortOrder,
        boolean active) {

    public String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? labelJa : labelEn;
    }

    public boolean open() {
        return outcome == DealStatus.OPEN;
    }
}
