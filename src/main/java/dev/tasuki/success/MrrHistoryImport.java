package dev.tasuki.success;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.success.internal.MrrBulkWriter;

/**
 * Writes past MRR histories in batches, for imports and the demo organisation: levels, renewal decisions and contracts,
 * and each account's movements derived once from all its levels by the one rule of {@link MrrLevel}'s changes
 * (docs/success.md), with their timeline entries. No {@link MrrMoved} per movement: the importer publishes
 * {@code HistoryWritten} once when all of its history is written, and read models rebuild.
 */
@Service
public class MrrHistoryImport {

    private final MrrBulkWriter writer;

    MrrHistoryImport(MrrBulkWriter writer) {
        this.writer = writer;
    }

    /** Writes the histories of accounts that have no MRR history yet. */
    @Transactional
    public void importHistories(List<PastMrrHistory> histories) {
        writer.write(histories);
    }
}
