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
 * A test of the whole application on a real database: H2 in the first Surefire run, PostgreSQL in the second (tag
 * "database" selects these tests for it). The demo organisation is loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestUsers.class, EventRecorder.class, RelayJourneys.class})
@AutoConfigureMockMvc
@Tag("database")
public @interface IntegrationTest {}
