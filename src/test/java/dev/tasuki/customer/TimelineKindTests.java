package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tasuki.success.MovementKind;

class TimelineKindTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_ja.properties"})
    void everyKindHasItsSentenceInTheBundle(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        assertThat(Arrays.stream(TimelineKind.values()).map(TimelineKind::messageKey))
                .allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void everyKindOfActivityHasItsKindOfEntry(ActivityKind activity) {
        assertThat(activity.timelineKind()).hasToString("ACTIVITY_" + activity.name());
    }

    @ParameterizedTest
    @EnumSource(MovementKind.class)
    void everyKindOfMrrMovementHasItsKindOfEntry(MovementKind movement) {
        assertThat(movement.timelineKind()).hasToString("MRR_" + movement.name());
    }
}
