package dev.tasuki.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import dev.tasuki.platform.ImportError;

/**
 * What an import has done so far: rows created, updated, unchanged and rejected (the four add up to the data rows
 * read), and the first errors. A file of a million bad rows reports them all in the count and keeps the first thousand
 * messages, so memory stays flat.
 */
public final class Tally {

    static final int MAX_ERRORS = 1000;

    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private boolean historyWritten;
    private final List<ImportError> errors = new ArrayList<>();

    void countCreated() {
        created++;
    }

    void countUpdated() {
        updated++;
    }

    void countUnchanged() {
        unchanged++;
    }

    void historyWritten() {
        historyWritten = true;
    }

    /** A row rejected with its errors. */
    void reject(List<ImportError> rowErrors) {
        rejected++;
        error(rowErrors);
    }

    /** Errors about the file rather than a row (a missing column). */
    void error(List<ImportError> more) {
        more.stream().limit(Math.max(0, MAX_ERRORS - errors.size())).forEach(errors::add);
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int rejected() {
        return rejected;
    }

    public int rows() {
        return created + updated + unchanged + rejected;
    }

    boolean wroteHistory() {
        return historyWritten;
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
