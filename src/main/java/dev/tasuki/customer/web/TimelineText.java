package dev.tasuki.customer.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.TimelineEntry;

/**
 * What a timeline entry says, in the reader's language: the message timeline.&lt;kind&gt; with the entry's
 * arguments, an argument "#key" replaced by the message of that key ("##text" stays "#text"). Templates call it as
 * {@code @timelineText.describe(entry)} and show the result with th:text, so it is escaped.
 */
@Component("timelineText")
public class TimelineText {

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(TimelineEntry entry) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] arguments = entry.arguments().stream().map(argument -> resolve(argument, locale)).toArray();
        return messages.getMessage("timeline." + entry.kind(), arguments, entry.kind(), locale);
    }

    private String resolve(String argument, Locale locale) {
        if (argument.startsWith("##")) {
            return argument.substring(1);
        }
        if (argument.startsWith("#")) {
            return messages.getMessage(argument.substring(1), null, argument.substring(1), locale);
        }
        return argument;
    }
}
