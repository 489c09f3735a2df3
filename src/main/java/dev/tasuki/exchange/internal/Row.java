package dev.tasuki.exchange.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.Messages;

/**
 * One data line of a file, read through the header: values by field, and the errors found in them, each with the line
 * and the file's column name, in the user's language.
 */
final class Row {

    private final int line;
    private final CSVRecord record;
    private final Header header;
    private final Messages messages;
    private final List<ImportError> errors = new ArrayList<>();

    Row(int line, CSVRecord record, Header header, Messages messages) {
        this.line = line;
        this.record = record;
        this.header = header;
        this.messages = messages;
    }

    int line() {
        return line;
    }

    /** The value, stripped; "" when the file has no such column or the line stops short of it. */
    String get(String field) {
        Integer position = header.position(field);
        return position == null || position >= record.size()
                ? ""
                : record.get(position).strip();
    }

    boolean has(String field) {
        return !get(field).isEmpty();
    }

    void error(String field, String key, Object... arguments) {
        errors.add(new ImportError(line, header.text(field), messages.of(key, arguments)));
    }

    List<ImportError> errors() {
        return errors;
    }

    /** The values of the given fields, hashed: the same row imported again has the same fingerprint. */
    String fingerprint(List<Column> columns) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Column column : columns) {
                digest.update(get(column.field()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
