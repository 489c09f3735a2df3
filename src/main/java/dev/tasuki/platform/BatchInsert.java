package dev.tasuki.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Rows written in bulk, for the bulk writers of imports, the demo organisation and the scale generator. On PostgreSQL a
 * batch is one COPY (the database's own bulk load: no statement per row to parse, plan and execute); elsewhere one JDBC
 * batch of inserts. Each row's values are given in the order of the columns.
 */
public final class BatchInsert {

    private BatchInsert() {}

    /** Inserts the rows into the table's columns (a comma-separated list). */
    public static void rows(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection, table, columns, rows);
            } else {
                insert(connection, table, columns, rows, false);
            }
            return null;
        });
    }

    /**
     * Inserts the rows into a table whose key column "id" the database generates, and returns their ids, in the order
     * given. On PostgreSQL the ids are drawn from the column's sequence first and written with the rows.
     */
    public static List<Long> returningIds(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection connection) -> {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return insert(connection, table, columns, rows, true);
            }
            List<Long> ids = new ArrayList<>(rows.size());
            try (PreparedStatement next = connection.prepareStatement(
                    "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
                next.setString(1, table);
                next.setInt(2, rows.size());
                try (var drawn = next.executeQuery()) {
                    while (drawn.next()) {
                        ids.add(drawn.getLong(1));
                    }
                }
            }
            List<Object[]> withIds = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = new Object[rows.get(i).length + 1];
                row[0] = ids.get(i);
                System.arraycopy(rows.get(i), 0, row, 1, rows.get(i).length);
                withIds.add(row);
            }
            copy(connection, table, "id, " + columns, withIds);
            return ids;
        });
    }

    private static List<Long> insert(
            Connection connection, String table, String columns, List<Object[]> rows, boolean returningIds)
            throws SQLException {
        int width = columns.split(",").length;
        String sql = "insert into " + table + " (" + columns + ") values ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")";
        List<Long> ids = new ArrayList<>(returningIds ? rows.size() : 0);
        // the key column by name: PostgreSQL's driver otherwise returns every column of every row ("returning *")
        try (PreparedStatement insert = returningIds
                ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < width; i++) {
                    StatementCreatorUtils.setParameterValue(insert, i + 1, SqlTypeValue.TYPE_UNKNOWN, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            if (returningIds) {
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void copy(Connection connection, String table, String columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csv(row[i]));
            }
            csv.append('\n');
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy " + table + " (" + columns + ") from stdin with (format csv)",
                            new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as COPY's CSV reads it: null unquoted and empty, text quoted, times in ISO-8601 with their offset. */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        if (value instanceof Number
                || value instanceof Boolean
                || value instanceof LocalDate
                || value instanceof OffsetDateTime
                || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        throw new IllegalArgumentException(
                "no COPY text for a " + value.getClass().getName());
    }
}
