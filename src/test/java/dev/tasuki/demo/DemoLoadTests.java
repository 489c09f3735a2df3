package dev.tasuki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.platform.HistoryWritten;

/**
 * The demo loaded into a database of its own, so that this context is the one that loaded it (the shared test database
 * is loaded by whichever context starts first).
 */
@IntegrationTest
@TestPropertySource(properties = "tasuki.test.fresh-database=demo_load")
class DemoLoadTests {

    @Autowired
    EventRecorder events;

    @Test
    void theReadModelsHearOnceThatHistoryWasWrittenInBulk() {
        assertThat(events.all(HistoryWritten.class)).containsExactly(new HistoryWritten("demo"));
    }
}
