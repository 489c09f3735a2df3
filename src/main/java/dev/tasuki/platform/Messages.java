package dev.tasuki.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts in the current user's language, for the places that need a finished sentence rather than a key: error pages,
 * problem JSON, messages carried across a redirect.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String of(TasukiException failure) {
        return source.getMessage(
                failure.messageKey(), failure.arguments(), failure.messageKey(), LocaleContextHolder.getLocale());
    }

    /** A message in the organisation's own language (Japanese), for work no user's request is waiting for. */
    public String inJapanese(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, Language.JA.locale());
    }

    public String of(String key, Object... arguments) {
        return source.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
