package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTests {

    private final Formats formats = new Formats(new OrganisationClock(Clock.system(ZoneId.of("Asia/Tokyo"))));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void japaneseDatesAndTimesAreInTheOrganisationsZone() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        // 2025-03-31T14:30Z is 23:30 the same day in Tokyo (UTC+9).
        assertThat(formats.dateTime(Instant.parse("2025-03-31T14:30:00Z"))).isEqualTo("2025/03/31 23:30");
        // 15:30Z is already 00:30 on 1 April in Tokyo.
        assertThat(formats.dateTime(Instant.parse("2025-03-31T15:30:00Z"))).isEqualTo("2025/04/01 00:30");
        assertThat(formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026/01/05");
    }

    @Test
    void englishDates() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date(LocalDate.of(2026, 1, 5))).isEqualTo("5 Jan 2026");
    }

    @Test
    void yenHasNoDecimalsAndGroupsThousands() {
        assertThat(formats.yen(1234567)).isEqualTo("¥1,234,567");
        assertThat(formats.yen(0)).isEqualTo("¥0");
        assertThat(formats.yen(null)).isEmpty();
    }

    @Test
    void namesAreFamilyNameFirst() {
        assertThat(new PersonName("佐藤", "美咲").display()).isEqualTo("佐藤 美咲");
        assertThat(new PersonName(" 佐藤 ", "").display()).isEqualTo("佐藤");
        assertThat(new PersonName(null, "美咲").display()).isEqualTo("美咲");
    }
}
