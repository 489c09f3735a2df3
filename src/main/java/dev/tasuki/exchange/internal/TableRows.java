package dev.tasuki.exchange.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one place that reads and writes other modules' tables by name. Everywhere else a module reaches another only
 * through its API and events; a backup of the whole organisation is the exception, as it must copy every table as it
 * is, so it is kept here, small, and limited to the tables {@link ArchiveTables} lists. Table names come from that list
 * and column names from information_schema, never from a file, so concatenating them into SQL is safe; values are
 * always bound.
 */
@Repository
class TableRows {

    private final JdbcTemplate jdbc;

    TableRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size (and in a transaction): a table is never
        // held in memory.
        this.jdbc.setFetchSize(1000);
    }

    /** A table's columns in the database's order, and its primary key, which orders its rows. */
    record Shape(String table, List<ArchiveColumn> columns, List<String> key) {

        List<String> names() {
            return columns.stream().map(ArchiveColumn::name).toList();
        }
    }

    /** Every table of the current schema, as the database names them. */
    List<String> tables() {
        return jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = current_schema and table_type = 'BASE TABLE' order by table_name
                """, String.class);
    }

    Shape shape(String table) {
        List<ArchiveColumn> columns = jdbc.query(
                """
                select column_name, data_type, is_identity from information_schema.columns
                 where table_schema = current_schema and table_name = ? order by ordinal_position
                """,
                (rs, n) -> new ArchiveColumn(
                        rs.getString(1).toLowerCase(Locale.ROOT),
                        ArchiveColumn.Type.of(rs.getString(2)),
                        "YES".equalsIgnoreCase(rs.getString(3))),
                table);
        List<String> key = jdbc.queryForList("""
                select k.column_name from information_schema.table_constraints c
                  join information_schema.key_column_usage k on k.constraint_schema = c.constraint_schema
                   and k.constraint_name = c.constraint_name and k.table_name = c.table_name
                 where c.constraint_type = 'PRIMARY KEY' and c.table_schema = current_schema and c.table_name = ?
                 order by k.ordinal_position
                """, String.class, table).stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        if (columns.isEmpty() || key.isEmpty()) {
            throw new IllegalStateException("The archived table " + table + " must exist and have a primary key");
        }
        return new Shape(table, columns, key);
    }

    /** Whether the table has more rows than this, without counting a large table to its end. */
    boolean hasMoreThan(String table, int rows) {
        return jdbc.queryForObject(
                        "select count(*) from (select 1 from " + table + " limit ?) r", Integer.class, rows + 1)
                > rows;
    }

    /** Each row's texts (see {@link ArchiveColumn}), in primary-key order, as they are read. */
    void each(Shape shape, Consumer<List<String>> row) {
        List<ArchiveColumn> columns = shape.columns();
        jdbc.query(
                "select " + String.join(", ", shape.names()) + " from " + shape.table() + " order by "
                        + String.join(", ", shape.key()),
                rs -> {
                    String[] texts = new String[columns.size()];
                    for (int i = 0; i < texts.length; i++) {
                        texts[i] = columns.get(i).text(rs, i + 1);
                    }
                    row.accept(Arrays.asList(texts));
                });
    }

    void insert(Shape shape, List<List<String>> rows) {
        String sql = "insert into " + shape.table() + " (" + String.join(", ", shape.names()) + ") values ("
                + shape.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                bind(statement, 1, shape.columns(), rows.get(i));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    void update(Shape shape, List<String> row) {
        List<ArchiveColumn> values = shape.columns().stream()
                .filter(c -> !shape.key().contains(c.name()))
                .toList();
        List<ArchiveColumn> key = keyColumns(shape);
        String sql = "update " + shape.table() + " set "
                + values.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", ")) + " where "
                + key.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" and "));
        jdbc.update(sql, statement -> {
            bind(
                    statement,
                    1,
                    values,
                    values.stream()
                            .map(c -> row.get(shape.columns().indexOf(c)))
                            .toList());
            bind(statement, values.size() + 1, key, key(shape, row));
        });
    }

    void delete(Shape shape, List<String> keyTexts) {
        List<ArchiveColumn> key = keyColumns(shape);
        jdbc.update(
                "delete from " + shape.table() + " where "
                        + key.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(" and ")),
                statement -> bind(statement, 1, key, keyTexts));
    }

    /** The texts of a row's primary key. */
    static List<String> key(Shape shape, List<String> row) {
        return shape.key().stream()
                .map(name -> row.get(shape.names().indexOf(name)))
                .toList();
    }

    /**
     * Moves the table's identity past its highest id, so new rows do not collide with the imported ones. The same
     * statement on H2 and PostgreSQL; on H2 it is not undone by a rollback, which leaves at worst a gap in the ids.
     */
    void restartIdentity(Shape shape) {
        for (ArchiveColumn column : shape.columns()) {
            if (column.identity()) {
                long next = jdbc.queryForObject(
                        "select coalesce(max(" + column.name() + "), 0) + 1 from " + shape.table(), Long.class);
                jdbc.execute(
                        "alter table " + shape.table() + " alter column " + column.name() + " restart with " + next);
            }
        }
    }

    private static List<ArchiveColumn> keyColumns(Shape shape) {
        return shape.key().stream()
                .map(name -> shape.columns().get(shape.names().indexOf(name)))
                .toList();
    }

    private static void bind(PreparedStatement statement, int first, List<ArchiveColumn> columns, List<String> texts)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            ArchiveColumn column = columns.get(i);
            Object value = column.value(texts.get(i));
            if (value == null) {
                statement.setNull(first + i, column.type().sqlType);
            } else {
                statement.setObject(first + i, value);
            }
        }
    }
}
