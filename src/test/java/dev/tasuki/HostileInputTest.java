package dev.tasuki;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test that throws extreme and malformed input at the whole application (the property and fuzz tests of issue 14).
 * What it manages to write would disturb the figures other tests compute from the demo organisation, so these tests
 * share a database of their own (with its own demo organisation) and one Spring context among them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "tasuki.test.fresh-database=hostile")
@Import({TestUsers.class, EventRecorder.class, RelayJourneys.class})
@AutoConfigureMockMvc
@Tag("database")
public @interface HostileInputTest {}
