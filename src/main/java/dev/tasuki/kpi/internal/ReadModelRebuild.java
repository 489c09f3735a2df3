package dev.tasuki.kpi.internal;

import org.springframework.stereotype.Component;

/** Rebuilds every KPI read model from the history tables. The caller holds the transaction. */
@Component
public class ReadModelRebuild {

    private final LeadFunnelRows funnel;
    private final HandoffRows handoffs;
    private final MrrRows mrr;

    ReadModelRebuild(LeadFunnelRows funnel, HandoffRows handoffs, MrrRows mrr) {
        this.funnel = funnel;
        this.handoffs = handoffs;
        this.mrr = mrr;
    }

    public void run() {
        funnel.rebuild();
        handoffs.rebuild();
        mrr.rebuild();
    }
}
