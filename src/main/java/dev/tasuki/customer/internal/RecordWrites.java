package dev.tasuki.customer.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The writes the account and the contact tables share: a new row with its creator and time (answering its id), and an
 * edit that only lands on the version the user read (optimistic locking: {@code where id = :id and version = :version},
 * {@code version = version + 1}).
 */
final class RecordWrites {

    private RecordWrites() {}

    /** Runs an insert whose values name {@code :createdBy} and {@code :now}; answers the new row's id. */
    static long insert(JdbcClient.StatementSpec insert, long createdBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        insert.param("createdBy", createdBy).param("now", utc(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Runs an update that names {@code :now}, {@code :id} and {@code :version}; false when the row moved on. */
    static boolean update(JdbcClient.StatementSpec update, long id, int version, Instant now) {
        return update.param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }
}
