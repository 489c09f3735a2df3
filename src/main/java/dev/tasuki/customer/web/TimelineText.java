package dev.tasuki.customer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.platform.Formats;

/**
 * What a timeline entry says, in the reader's language: the message timeline.&lt;kind&gt; with the entry's arguments,
 * an argument "#key" replaced by the message of that key ("##text" stays "#text"), "#yen:1234" and "#date:2026-04-01"
 * formatted for the reader (see {@link TimelineEntry#yen(long)}). Templates call it as
 * {@code @timelineText.describe(entry)} and show the result with th:text, so it is escaped.
 */
@Component("timelineText")
public class TimelineText {

    private static final String YEN = "#yen:";
    private static final String DATE = "#date:";

    private final MessageSource messages;
    private final Formats formats;

    TimelineText(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String describe(TimelineEntry entry) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = entry.arguments().stream()
                .map(argument -> resolve(argument, locale))
                .toArray();
        return messages.getMessage(
                entry.kind().messageKey(), arguments, entry.kind().name(), locale);
    }

    private String resolve(String argument, Locale locale) {
        if (argument.startsWith("##")) {
            return argument.substring(1);
        }
        try {
            if (argument.startsWith(YEN)) {
                return formats.yen(Long.parseLong(argument.substring(YEN.length())));
            }
            if (argument.startsWith(DATE)) {
                return formats.date(LocalDate.parse(argument.substring(DATE.length())));
            }
        } catch (NumberFormatException | DateTimeParseException unreadable) {
            return argument.substring(1);
        }
        if (argument.startsWith("#")) {
            return messages.getMessage(argument.substring(1), null, argument.substring(1), locale);
        }
        return argument;
    }
}
