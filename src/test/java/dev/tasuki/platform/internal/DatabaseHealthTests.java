package dev.tasuki.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Issue 14, point 2: the database's health is a real query; an embedded H2 that closed itself (as it does when a
 * statement runs out of memory) no longer leaves the pool handing out dead connections for every request.
 */
class DatabaseHealthTests {

    @Test
    void aDatabaseThatAnswersIsUpAndOneThatCannotBeReachedIsDown() {
        var up = new DriverManagerDataSource("jdbc:h2:mem:health-up;DB_CLOSE_DELAY=-1", "sa", "");
        assertThat(new DatabaseHealth(up).health().getStatus()).isEqualTo(Status.UP);
        var gone = new DriverManagerDataSource("jdbc:h2:mem:health-gone;IFEXISTS=TRUE", "sa", "");
        assertThat(new DatabaseHealth(gone).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void thePoolReplacesTheConnectionsOfAnH2ThatClosedItselfAndTheDataIsThere() throws Exception {
        Path folder = Files.createTempDirectory("tasuki-h2-closed-");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL");
        config.setUsername("sa");
        config.setMaximumPoolSize(1);
        config.setExceptionOverrideClassName(H2ClosedConnections.class.getName());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            jdbc.sql("create table kept (id integer)").update();
            jdbc.sql("insert into kept values (7)").update();
            // written to the file now: H2 writes committed changes within a second, and closing at once skips that
            jdbc.sql("checkpoint").update();
            try (Connection other = java.sql.DriverManager.getConnection(config.getJdbcUrl(), "sa", "");
                    Statement statement = other.createStatement()) {
                // what H2 itself does when a statement runs out of memory (Database.shutdownImmediately)
                statement.execute("shutdown immediately");
            } catch (SQLException closing) {
                // the connection goes with the database
            }

            assertThatThrownBy(() ->
                            jdbc.sql("select id from kept").query(Integer.class).single())
                    .as("the one pooled connection died with the database")
                    .hasRootCauseInstanceOf(SQLException.class);
            assertThat(new DatabaseHealth(pool).health().getStatus())
                    .as("the dead connection was evicted, a new one opened the database again")
                    .isEqualTo(Status.UP);
            assertThat(jdbc.sql("select id from kept").query(Integer.class).single())
                    .isEqualTo(7);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }
}
