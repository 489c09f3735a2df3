package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.relay.internal.LeadBulkWriter;

/**
 * Writes leads together with their history in batches, for imports and the demo organisation.
 * Stage entries are written as they happened (via IMPORT); no per-row events are published, so
 * read models built from events are rebuilt after an import.
 */
@Service
public class HistoryImport {

    private final LeadBulkWriter writer;

    HistoryImport(LeadBulkWriter writer) {
        this.writer = writer;
    }

    /** Returns the new leads' ids, in the order given. */
    @Transactional
    public List<Long> importLeads(List<ImportedLead> leads) {
        return writer.write(leads);
    }
}
