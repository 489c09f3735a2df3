package dev.tasuki.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.platform.Formats;
import dev.tasuki.platform.OrganisationClock;

class TimelineTextTests {

    private final StaticMessageSource messages = new StaticMessageSource();

    private final TimelineText text =
            new TimelineText(messages, new Formats(new OrganisationClock(Clock.system(ZoneId.of("Asia/Tokyo")))));

    private static TimelineEntry entry(TimelineKind kind, String... arguments) {
        return new TimelineEntry(
                1, 1L, null, null, kind, Instant.EPOCH, null, null, null, List.of(arguments), null, null);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void argumentsThatAreMessageKeysAreShownInTheReadersLanguage() {
        messages.addMessage("timeline.STAGE_CHANGED", Locale.JAPANESE, "ステージを {0} から {1} に変更しました（{2}）");
        messages.addMessage("stage.MQL", Locale.JAPANESE, "MQL");
        messages.addMessage("stage.SAL", Locale.JAPANESE, "SAL（受入済み）");
        LocaleContextHolder.setLocale(Locale.JAPANESE);

        assertThat(text.describe(entry(
                        TimelineKind.STAGE_CHANGED,
                        TimelineEntry.key("stage.MQL"),
                        TimelineEntry.key("stage.SAL"),
                        TimelineEntry.text("#42 の資料"))))
                .isEqualTo("ステージを MQL から SAL（受入済み） に変更しました（#42 の資料）");
    }

    @Test
    void aKindWithoutAMessageShowsItsNameRatherThanFailing() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.describe(entry(TimelineKind.RENEWAL_LOST))).isEqualTo("RENEWAL_LOST");
    }
}
