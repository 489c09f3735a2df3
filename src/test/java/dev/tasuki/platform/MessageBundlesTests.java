package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The English and Japanese bundles say the same things: every key is in both, with the same arguments, and every
 * message is a valid {@link MessageFormat} pattern, so no screen shows a key or a raw "{0}" in one language only.
 */
class MessageBundlesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyKeyIsInBothBundles() {
        Map<String, String> english = bundle("messages.properties");
        Map<String, String> japanese = bundle("messages_ja.properties");

        assertThat(japanese.keySet()).as("keys only in English").containsAll(english.keySet());
        assertThat(english.keySet()).as("keys only in Japanese").containsAll(japanese.keySet());
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        Map<String, String> english = bundle("messages.properties");
        Map<String, String> japanese = bundle("messages_ja.properties");

        Map<String, String> differing = new TreeMap<>();
        english.forEach((key, text) -> {
            String other = japanese.get(key);
            if (other != null && !arguments(text).equals(arguments(other))) {
                differing.put(key, arguments(text) + " ≠ " + arguments(other));
            }
        });
        assertThat(differing).isEmpty();
    }

    @Test
    void everyMessageIsAValidPattern() {
        for (String file : Set.of("messages.properties", "messages_ja.properties")) {
            bundle(file).forEach((key, text) -> {
                if (!arguments(text).isEmpty()) {
                    assertThat(new MessageFormat(text)).as(file + " " + key).isNotNull();
                }
            });
        }
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            indexes.add(Integer.valueOf(matcher.group(1)));
        }
        return indexes;
    }

    private static Map<String, String> bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }
}
