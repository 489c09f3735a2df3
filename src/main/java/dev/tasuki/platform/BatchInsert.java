package dev.tasuki.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One batch of inserts that returns the rows' generated ids, for the bulk writers of imports and the demo organisation:
 * one round trip per batch rather than per row.
 */
public final class BatchInsert {

    /** Sets one row's parameters on the insert. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private BatchInsert() {
    }

    /** Inserts the rows with the SQL (its key column named "id") and returns their ids, in the order given. */
    public static <T> List<Long> returningIds(JdbcTemplate jdbc, String sql, List<T> rows, Binder<T> binder) {
        List<Long> ids = new ArrayList<>(rows.size());
        jdbc.execute((java.sql.Connection connection) -> {
            // the key column by name: PostgreSQL's driver otherwise returns every column of every row ("returning *")
            try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
                for (T row : rows) {
                    binder.bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        return ids;
    }
}
