package dev.tasuki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database every test context runs on. By default an in-memory H2 in PostgreSQL mode; with
 * -Dtasuki.test.database=postgresql (the second Surefire run of `mvn verify`) a real PostgreSQL server, started once
 * per JVM from the zonky embedded binaries, no Docker. A context that sets tasuki.test.fresh-database=NAME gets an
 * empty database of its own; with tasuki.test.h2-on-disk=true its H2 is a file database in a temporary folder (a
 * benchmark whose data would not fit in the heap it measures, as the application's own H2 keeps its data on disk). With
 * -Dtasuki.test.postgres-data=FOLDER the PostgreSQL server keeps its data in that folder across runs, so a benchmark
 * can measure again on the history an earlier run generated.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "tasuki.test.database";

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String fresh = context.getEnvironment().getProperty("tasuki.test.fresh-database");
        String name = fresh == null ? "tasuki" : fresh;
        Map<String, Object> properties = isPostgres()
                ? Map.of(
                        "spring.datasource.url",
                        postgres().getJdbcUrl("postgres", fresh == null ? "postgres" : createDatabase(fresh)),
                        "spring.datasource.username",
                        "postgres",
                        "spring.datasource.password",
                        "")
                : Map.of(
                        "spring.datasource.url",
                        "jdbc:h2:" + h2Location(context, name)
                                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING"
                                + "=HIGH",
                        "spring.datasource.username",
                        "sa",
                        "spring.datasource.password",
                        "");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("tasuki-test-database", properties));
    }

    private static String h2Location(ConfigurableApplicationContext context, String name) {
        if (!context.getEnvironment().getProperty("tasuki.test.h2-on-disk", Boolean.class, false)) {
            return "mem:" + name;
        }
        try {
            Path folder = Files.createTempDirectory("tasuki-h2-");
            SpringApplication.getShutdownHandlers().add(() -> FileSystemUtils.deleteRecursively(folder.toFile()));
            return "file:" + folder.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a folder for the H2 database", e);
        }
    }

    private static String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // a second context may ask for the same database (the benchmark's two runs): it gets the one there is
            try (var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // Not zonky's own JVM hook: it races Spring's, and a context closing after the server
                // stopped waits 30 s for a connection (Modulith reads its event log on close).
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
                String kept = System.getProperty("tasuki.test.postgres-data");
                if (kept != null && !kept.isBlank()) {
                    builder.setDataDirectory(Path.of(kept)).setCleanDataDirectory(false);
                }
                postgres = builder.start();
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
