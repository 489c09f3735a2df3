package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;

import dev.tasuki.platform.ImportError;

/**
 * An import as the API answers it and the admin page shows it. The four counts are rows of the file; rowsRead grows
 * while the import runs. Status: QUEUED (waiting for the imports before it; queuePosition 1 is next), RUNNING, APPLIED
 * (every row, or with "import the valid rows" the good ones), REJECTED (a row had an error: nothing applied), DRY_RUN
 * (what would happen; nothing applied) or FAILED.
 */
public record ImportReport(
        Long id,
        String format,
        String fileName,
        Status status,
        Integer queuePosition,
        int rowsRead,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<ImportError> errors,
        Instant startedAt,
        Instant finishedAt) {

    public enum Status {
        QUEUED,
        RUNNING,
        APPLIED,
        REJECTED,
        DRY_RUN,
        FAILED
    }

    /** Not yet ended: queued or running. */
    public boolean running() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
