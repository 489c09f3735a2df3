package dev.tasuki.relay;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.relay.internal.LeadBulkWriter;
import dev.tasuki.relay.internal.LeadTable;

/**
 * Writes leads together with their history in batches, for imports and the demo organisation. Stage entries are written
 * as they happened (via IMPORT); no per-row events are published, so read models built from events are rebuilt after an
 * import.
 */
@Service
public class HistoryImport {

    private final LeadBulkWriter writer;

    private final LeadTable table;

    HistoryImport(LeadBulkWriter writer, LeadTable table) {
        this.writer = writer;
        this.table = table;
    }

    /** Returns the new leads' ids, in the order given. */
    @Transactional
    public List<Long> importLeads(List<ImportedLead> leads) {
        return writer.write(leads);
    }

    /** The ids of the leads with these emails (compared trimmed and lower-cased), by lower-cased email. */
    @Transactional(readOnly = true)
    public Map<String, Long> leadIdsByEmail(Collection<String> emails) {
        return table.idsByEmail(emails);
    }

    /**
     * Continues an existing lead's history with the entries later than its current stage's entry, as a newer export of
     * the other system has them; returns how many were written. No events, as for {@link #importLeads}.
     */
    @Transactional
    public int continueHistory(long leadId, Long accountId, List<ImportedLead.Entry> entries) {
        return writer.append(leadId, accountId, entries);
    }
}
