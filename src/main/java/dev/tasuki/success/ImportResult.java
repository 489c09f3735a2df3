package dev.tasuki.success;

import java.util.List;

import dev.tasuki.platform.ImportError;

/**
 * What an import did: APPLIED (every row, or with applyValidRows the good ones) or REJECTED (a row had an error and
 * nothing was applied). created, updated and unchanged count the levels applied; rejected the rows with an error. id is
 * reserved for imports kept as jobs; MRR imports run at once and have none.
 */
public record ImportResult(
        Long id, Status status, int created, int updated, int unchanged, int rejected, List<ImportError> errors) {

    public enum Status {
        APPLIED,
        REJECTED
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public int valid() {
        return created + updated + unchanged;
    }
}
