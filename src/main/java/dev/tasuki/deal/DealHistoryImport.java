package dev.tasuki.deal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.deal.internal.DealBulkWriter;

/**
 * Writes past deals with their stage history in batches, for the exchange module's imports and the demo organisation.
 * Nothing is announced: no {@link DealWon} or {@link DealLost} per deal, no lead moves, no handoffs, no MRR. A deal won
 * years ago in another system is history, not a win to hand to Customer Success; the importer brings the relay's and
 * Customer Success's side of the same history, and publishes {@code HistoryWritten} once when all of it is written, so
 * that read models rebuild from history.
 */
@Service
@Transactional
public class DealHistoryImport {

    private final DealBulkWriter writer;

    DealHistoryImport(DealBulkWriter writer) {
        this.writer = writer;
    }

    /** Returns the new deals' ids, in the order given. */
    public List<Long> importDeals(List<PastDeal> deals) {
        return writer.write(deals);
    }

    /**
     * A deal imported before, as a newer export has it: it takes the deal's fields and its last stage, with a stage
     * entry (at now while open, at the closing when closed) when that stage is another than the deal's.
     */
    public void updateImported(long id, PastDeal deal, Instant now) {
        writer.rewrite(id, deal, now);
    }
}
