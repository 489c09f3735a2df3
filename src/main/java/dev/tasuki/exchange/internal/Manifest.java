package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;

/**
 * manifest.json of a tasuki file: the format and its version, the schema version (Flyway's) of the database it was
 * written from, when, and the tables with their row counts. The import reads only files of its own format version and
 * schema version, so every column means what it meant when it was written.
 */
record Manifest(String format, int formatVersion, String schemaVersion, Instant exportedAt, List<TableCount> tables) {

    static final String ENTRY = "manifest.json";
    static final String FORMAT = "tasuki";
    static final int VERSION = 1;

    record TableCount(String name, long rows) {}
}
