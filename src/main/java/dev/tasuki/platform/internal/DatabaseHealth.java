package dev.tasuki.platform.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of health and of readiness: a real query ({@code select 1}), not only a pooled connection's
 * validity. Down while the database cannot answer (PostgreSQL restarting, the network gone, an H2 that closed itself
 * until the pool has replaced its connections: {@link H2ClosedConnections}), so that a load balancer sends no requests
 * here meanwhile. Liveness does not depend on it: a restart does not bring a database back.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private final DataSource dataSource;

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet answer = statement.executeQuery("select 1")) {
            answer.next();
            return Health.up().build();
        } catch (SQLException failure) {
            LOG.warn("The database does not answer: {}", failure.getMessage());
            return Health.down().withDetail("error", failure.getErrorCode()).build();
        }
    }
}
