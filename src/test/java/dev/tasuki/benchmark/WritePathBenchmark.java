package dev.tasuki.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The write path without the KPI read models' listeners, on the database {@link KpiBenchmark} generated: the difference
 * with its "on" line is what keeping the read models current costs.
 */
@Tag("benchmark")
@SpringBootTest
@TestPropertySource(
        properties = {"tasuki.test.fresh-database=bench", "tasuki.demo.enabled=false", "tasuki.kpi.live-updates=false"})
@Import(RelaySteps.class)
class WritePathBenchmark {

    @Autowired
    RelaySteps relaySteps;

    @Test
    void writePathWithoutReadModels() {
        relaySteps.report("read models not kept (tasuki.kpi.live-updates=false)");
    }
}
