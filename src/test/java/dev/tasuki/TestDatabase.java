package dev.tasuki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database every test context runs on. By default an in-memory H2 in PostgreSQL mode;
 * with -Dtasuki.test.database=postgresql (the second Surefire run of `mvn verify`) a real
 * PostgreSQL server, started once per JVM from the zonky embedded binaries, no Docker.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "tasuki.test.database";

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = isPostgres()
                ? Map.of("spring.datasource.url", postgres().getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "")
                : Map.of("spring.datasource.url",
                        "jdbc:h2:mem:tasuki;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tasuki-test-database", properties));
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // Not zonky's own JVM hook: it races Spring's, and a context closing after the server
                // stopped waits 30 s for a connection (Modulith reads its event log on close).
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
            // Spring Boot runs its shutdown handlers after every application context has closed.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            });
        }
        return postgres;
    }
}
