package dev.tasuki.platform.internal;

import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool that a connection of an H2 database that closed itself is dead. H2, running inside Tasuki,
 * closes its database at once when a statement runs out of memory (so that a half-applied transaction is never
 * written), and every open connection then fails with error 90098 or 90121; their SQL states are not the ones a pool
 * takes for a broken connection, so without this the pool would hand out the dead connections forever and every request
 * would fail until a restart. Evicted, they are replaced by new connections, which open the database file again (H2
 * rolls back what was not committed). Public only because Hikari creates it by name
 * (spring.datasource.hikari.exception-override-class-name).
 */
public class H2ClosedConnections implements SQLExceptionOverride {

    /** H2's ErrorCode.DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    static final int CLOSED = 90098;

    static final int CLOSED_AT_SHUTDOWN = 90121;

    private static final Logger LOG = LoggerFactory.getLogger(H2ClosedConnections.class);

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        if (failure.getErrorCode() != CLOSED && failure.getErrorCode() != CLOSED_AT_SHUTDOWN) {
            return Override.CONTINUE_EVICT;
        }
        LOG.error(
                "The embedded H2 database has closed itself (H2 error {}). H2 does this when a statement runs out of"
                        + " memory; the cause is in the H2 trace file next to the database (tasuki.trace.db). The"
                        + " pool replaces the dead connection, and the next one opens the database again. See"
                        + " docs/operations.md.",
                failure.getErrorCode());
        return Override.MUST_EVICT;
    }
}
