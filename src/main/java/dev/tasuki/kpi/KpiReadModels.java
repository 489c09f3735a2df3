package dev.tasuki.kpi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.kpi.internal.ReadModelRebuild;
import dev.tasuki.platform.HistoryWritten;

/**
 * The KPI read models as a whole: rebuilt from history on demand (an admin's command, the scale generator) and after
 * every bulk write of history, which announces itself with {@link HistoryWritten}.
 */
@Service
public class KpiReadModels {

    private static final Logger log = LoggerFactory.getLogger(KpiReadModels.class);

    private final ReadModelRebuild rebuild;

    KpiReadModels(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Replaces every read model with one computed from the history tables, in one transaction. */
    @Transactional
    public void rebuild() {
        long started = System.nanoTime();
        rebuild.run();
        log.info("KPI read models rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A plain synchronous listener on purpose: the rebuild is part of the bulk write's transaction, so an import's
     * answer already counts in the figures, and a rebuild that fails undoes the import.
     */
    @EventListener
    void on(HistoryWritten written) {
        log.info("History written by {}: rebuilding the KPI read models", written.what());
        rebuild();
    }
}
