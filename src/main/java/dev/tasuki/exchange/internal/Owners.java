package dev.tasuki.exchange.internal;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/**
 * The owner column of an export (HubSpot's "Contact owner", Salesforce's "Lead Owner") matched to a user: by email, or
 * by name in either order, with or without a space ("佐藤 美咲", "美咲 佐藤", "Misaki Sato"). An owner who is not a user here
 * leaves the record without an owner rather than failing the row. The users are read once a few seconds, not once a
 * row.
 */
@Component
class Owners {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final UserDirectory directory;
    private volatile Map<String, Long> byKey = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    Owners(UserDirectory directory) {
        this.directory = directory;
    }

    Long find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            Map<String, Long> keys = new HashMap<>();
            for (UserAccount user : directory.all()) {
                keys.put(key(user.email()), user.id());
                keys.put(key(user.name().familyName() + user.name().givenName()), user.id());
                keys.put(key(user.name().givenName() + user.name().familyName()), user.id());
            }
            byKey = keys;
            readAt = Instant.now();
        }
        return byKey.get(key(text));
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }
}
