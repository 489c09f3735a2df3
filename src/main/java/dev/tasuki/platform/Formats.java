package dev.tasuki.platform;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How dates, times and yen amounts look to our users. Templates reach it as {@code @formats}. Japanese users read
 * 2026/11/27 and ¥1,234,567; English users get 27 Nov 2026 and the same yen.
 */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter JA_DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    public Formats(OrganisationClock clock) {
        this.zone = clock.zone();
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(japanese() ? JA_DATE : EN_DATE);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).format(japanese() ? JA_DATE_TIME : EN_DATE_TIME);
    }

    public String yen(Number amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMaximumFractionDigits(0);
        return "¥" + format.format(amount);
    }

    private static boolean japanese() {
        return Language.JA
                .locale()
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
