package dev.tasuki.deal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.deal.internal.DealBulkWriter;

/**
 * Writes past deals with their stage history in batches, for imports and the demo organisation. Nothing is
 * announced: no {@link DealWon} or {@link DealLost} per deal, no lead moves, no handoffs; the importer brings the
 * relay's and Customer Success's side of the same history, and publishes {@code HistoryWritten} once when all of it
 * is written, so that read models rebuild from history.
 */
@Service
public class DealHistoryImport {

    private final DealBulkWriter writer;

    DealHistoryImport(DealBulkWriter writer) {
        this.writer = writer;
    }

    /** Returns the new deals' ids, in the order given. */
    @Transactional
    public List<Long> importDeals(List<PastDeal> deals) {
        return writer.write(deals);
    }
}
