package dev.tasuki.kpi.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.relay.LeadAttributesChanged;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRelations;

/**
 * The per-lead funnel rows: each lead's first entry into each funnel stage, implied entries filled in with the time of
 * the jump (METRICS.md), and the lead's source, campaign, owner and segment, so that a filter or a breakdown needs no
 * join with the lead. Kept current from {@link LeadStageChanged} (a new lead's row, with its attributes then) and
 * {@link LeadAttributesChanged} in the writer's transaction; rebuilt from the relay's published leads and stage history
 * in one statement.
 *
 * <p>Plain synchronous listeners on purpose: the read model changes in the writer's transaction, so a figure read after
 * the commit includes the change, and the kept rows equal a rebuild's (ReadModelRebuildTests).
 */
@Component
class LeadFunnelRows {

    /** The lead's columns a row carries, named as in the relay's published leads. */
    private static final String LEAD_COLUMNS = "source, campaign_id, owner_id, segment";

    private final JdbcClient jdbc;

    LeadFunnelRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(LeadStageChanged change) {
        long at = change.at().getEpochSecond();
        if (change.from() == null) {
            // A new lead's attributes are read with its row, in the same statement, as the MRR listener reads an
            // account's lead: one statement a new lead, not a second event and update on every creation.
            jdbc.sql("insert into kpi_lead_funnel (lead_id, lead_s, " + LEAD_COLUMNS + ") select id, :at, "
                            + LEAD_COLUMNS + " from " + RelayRelations.leads() + " l where id = :lead")
                    .param("lead", change.leadId())
                    .param("at", at)
                    .update();
        }
        if (change.to().isFunnel() && change.to() != LifecycleStage.LEAD) {
            // First entry counts: a stage reached before keeps its time (coalesce), a skipped one gets this one.
            String fills = FunnelColumns.upTo(change.to()).stream()
                    .skip(1)
                    .map(column -> column + " = coalesce(" + column + ", :at)")
                    .collect(Collectors.joining(", "));
            jdbc.sql("update kpi_lead_funnel set " + fills + " where lead_id = :lead")
                    .param("at", at)
                    .param("lead", change.leadId())
                    .update();
        }
    }

    /** Follows the lead's current attributes (METRICS.md breaks the funnel down by the current owner and segment). */
    @EventListener(condition = "@liveUpdates.on()")
    void on(LeadAttributesChanged lead) {
        jdbc.sql("""
                update kpi_lead_funnel set source = :source, campaign_id = :campaign, owner_id = :owner, segment =
                    :segment
                 where lead_id = :lead
                """)
                .param("source", lead.source().name())
                .param("campaign", lead.campaignId())
                .param("owner", lead.ownerId())
                .param("segment", lead.segment() == null ? null : lead.segment().name())
                .param("lead", lead.leadId())
                .update();
    }

    void rebuild() {
        jdbc.sql("delete from kpi_lead_funnel").update();
        List<LifecycleStage> stages = LifecycleStage.funnelStages();
        List<String> reached = stages.stream()
                .map(stage -> {
                    // reaching a stage is entering it or any later funnel stage (implied entries)
                    String laterOrSame = stages.subList(stages.indexOf(stage), stages.size()).stream()
                            .map(later -> "'" + later.name() + "'")
                            .collect(Collectors.joining(", "));
                    return "min(case when e.to_stage in (" + laterOrSame + ") then e.s end)";
                })
                .collect(Collectors.toList());
        String created = Epoch.of("l.created_at");
        // every lead is a LEAD from its creation, even one imported with its first entry later or none at all
        reached.set(0, "least(" + created + ", coalesce(" + reached.get(0) + ", " + created + "))");
        String attributes = "l." + LEAD_COLUMNS.replace(", ", ", l.");
        jdbc.sql("insert into kpi_lead_funnel (" + String.join(", ", FunnelColumns.ALL) + ", " + LEAD_COLUMNS
                        + ") select l.id, " + String.join(", ", reached) + ", " + attributes
                        + " from " + RelayRelations.leads() + " l left join (select lead_id, to_stage, "
                        + Epoch.of("entered_at") + " s from " + RelayRelations.stageEntries()
                        + " entries) e on e.lead_id = l.id group by l.id, l.created_at, " + attributes)
                .update();
    }
}
