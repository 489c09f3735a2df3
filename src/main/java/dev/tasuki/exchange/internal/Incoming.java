package dev.tasuki.exchange.internal;

import java.util.List;

import dev.tasuki.platform.ImportError;

/**
 * A row read without errors, ready to write: its line, the keys it is known by (its id in the other system, its email
 * or domain), its fingerprint and its value; the header names its columns in errors found while writing.
 */
record Incoming<T>(int line, String externalId, List<String> keys, String fingerprint, T value, Header header) {

    ImportError error(String field, String message) {
        return new ImportError(line, header.text(field), message);
    }

    /** Remembers which record here the row's record in the other system is, when the row has an id. */
    void linkTo(long recordId, List<ImportedRecords.Link> links) {
        if (externalId != null) {
            links.add(new ImportedRecords.Link(externalId, recordId, fingerprint));
        }
    }
}
