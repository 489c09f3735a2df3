package dev.tasuki;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A test that drives a real browser against the whole application on a random port. Tagged "database" too, so that it
 * also runs in the PostgreSQL run; "browser" lets a run pick or skip it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Selenium warns at every start that it has no DevTools for this Chromium; these tests do not use them.
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
            "logging.level.org.openqa.selenium.chromium.ChromiumDriver=error"
        })
@Import({TestUsers.class, EventRecorder.class, RelayJourneys.class})
@Tag("database")
@Tag("browser")
public @interface BrowserTest {}
