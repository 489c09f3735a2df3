package dev.tasuki.exchange.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A column of an archived table and the lossless text of its values: times as ISO-8601 instants in UTC (the same text
 * from H2, which keeps an offset, and PostgreSQL, which does not), dates as ISO dates, numbers in plain notation,
 * booleans as true/false. Null is no text at all (the CSV tells it from an empty string).
 */
record ArchiveColumn(String name, Type type, boolean identity) {

    enum Type {
        TEXT(Types.VARCHAR),
        BIGINT(Types.BIGINT),
        INTEGER(Types.INTEGER),
        DECIMAL(Types.NUMERIC),
        BOOLEAN(Types.BOOLEAN),
        DATE(Types.DATE),
        TIME(Types.TIMESTAMP_WITH_TIMEZONE);

        final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }

        /** The type of information_schema's data_type, which H2 and PostgreSQL name alike (in their own case). */
        static Type of(String dataType) {
            return switch (dataType.toLowerCase(Locale.ROOT)) {
                case "character varying", "character", "text" -> TEXT;
                case "bigint" -> BIGINT;
                case "integer", "smallint" -> INTEGER;
                case "numeric", "decimal" -> DECIMAL;
                case "boolean" -> BOOLEAN;
                case "date" -> DATE;
                case "timestamp with time zone" -> TIME;
                default ->
                    throw new IllegalStateException(
                            "The tasuki format has no text for the type " + dataType + ": teach ArchiveColumn it");
            };
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The text of this column's value in the current row, or null. */
    String text(ResultSet rs, int index) throws SQLException {
        return switch (type) {
            case TEXT -> rs.getString(index);
            case BIGINT, INTEGER -> {
                long value = rs.getLong(index);
                yield rs.wasNull() ? null : Long.toString(value);
            }
            case DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(index);
                yield value == null ? null : value.toPlainString();
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                yield rs.wasNull() ? null : Boolean.toString(value);
            }
            case DATE -> {
                LocalDate value = rs.getObject(index, LocalDate.class);
                yield value == null ? null : value.toString();
            }
            case TIME -> {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                yield value == null ? null : TIME.format(value.withOffsetSameInstant(ZoneOffset.UTC));
            }
        };
    }

    /** The value a text stands for, as JDBC binds it. Throws IllegalArgumentException (or a subclass) on bad text. */
    Object value(String text) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> text;
            case BIGINT -> Long.valueOf(text);
            case INTEGER -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case BOOLEAN ->
                switch (text) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException(text);
                };
            case DATE -> LocalDate.parse(text);
            case TIME -> OffsetDateTime.parse(text, TIME);
        };
    }

    /** The text as this column writes it (a time with another offset becomes UTC), so texts compare as values. */
    String canonical(String text) {
        if (text == null) {
            return null;
        }
        Object value = value(text);
        return switch (type) {
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case TIME -> TIME.format(((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC));
            default -> value.toString();
        };
    }
}
