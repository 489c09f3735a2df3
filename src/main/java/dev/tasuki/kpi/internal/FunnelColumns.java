package dev.tasuki.kpi.internal;

import java.util.List;

import dev.tasuki.relay.LifecycleStage;

/** The columns of kpi_lead_funnel, one per funnel stage, in funnel order. */
final class FunnelColumns {

    static final List<String> ALL =
            List.of("lead_id", "lead_s", "mql_s", "sal_s", "sql_s", "opportunity_s", "customer_s");

    private FunnelColumns() {}

    static String of(LifecycleStage stage) {
        return stage.name().toLowerCase() + "_s";
    }

    /** The stage columns from LEAD up to and including the given funnel stage. */
    static List<String> upTo(LifecycleStage stage) {
        return LifecycleStage.funnelStages().stream()
                .limit(stage.ordinal() + 1L)
                .map(FunnelColumns::of)
                .toList();
    }
}
