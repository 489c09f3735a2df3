package dev.tasuki.kpi.internal;

import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.ActivitiesImported;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.ActivityLogged;
import dev.tasuki.customer.CustomerRelations;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.RelayRelations;

/**
 * One row per handoff with its answer, and for MQL handoffs the first Inside Sales touch after it was sent (speed to
 * lead), so that no figure has to search the activities. Kept current from the relay's handoff events and the customer
 * module's activity events; rebuilt from the relay's published handoffs and the customer module's activities.
 *
 * <p>Plain synchronous listeners on purpose: the read model changes in the writer's transaction, so a figure read after
 * the commit includes the change, and the kept rows equal a rebuild's (ReadModelRebuildTests).
 */
@Component
class HandoffRows {

    /** What counts as touching a lead for speed to lead (METRICS.md): a call, an email or a meeting. */
    static final Set<ActivityKind> TOUCHES = Set.of(ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.MEETING);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    HandoffRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(HandoffSent sent) {
        jdbc.sql("""
                insert into kpi_handoff (handoff_id, lead_id, kind, sent_by, created_s, due_s, status)
                values (:id, :lead, :kind, :by, :created, :due, 'PENDING')
                """)
                .param("id", sent.handoffId())
                .param("lead", sent.leadId())
                .param("kind", sent.kind().name())
                .param("by", sent.byUserId())
                .param("created", sent.at().getEpochSecond())
                .param("due", sent.dueAt().getEpochSecond())
                .update();
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(HandoffAccepted accepted) {
        answer(accepted.handoffId(), "ACCEPTED", accepted.at().getEpochSecond(), null);
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(HandoffRejected rejected) {
        answer(rejected.handoffId(), "REJECTED", rejected.at().getEpochSecond(), rejected.reasonCode());
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(ActivityLogged activity) {
        touched(List.of(activity));
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(ActivitiesImported imported) {
        touched(imported.activities());
    }

    private void answer(long handoffId, String status, long at, String reason) {
        jdbc.sql("update kpi_handoff set status = :status, responded_s = :at, reason_code = :reason where"
                        + " handoff_id = :id")
                .param("status", status)
                .param("at", at)
                .param("reason", reason)
                .param("id", handoffId)
                .update();
    }

    /** One batch for all the touches, so an import of thousands of activities is one round trip. */
    private void touched(List<ActivityLogged> activities) {
        SqlParameterSource[] touches = activities.stream()
                .filter(activity -> activity.leadId() != null
                        && activity.byDepartment() == Department.INSIDE_SALES
                        && TOUCHES.contains(activity.kind()))
                .map(activity -> new MapSqlParameterSource()
                        .addValue("at", activity.occurredAt().getEpochSecond())
                        .addValue("lead", activity.leadId())
                        .addValue("kind", HandoffKind.MKT_IS.name()))
                .toArray(SqlParameterSource[]::new);
        if (touches.length > 0) {
            // an activity logged late can still be the first touch, so keep the earliest one after the handoff
            batch.batchUpdate("""
                    update kpi_handoff set first_touch_s = :at
                     where lead_id = :lead and kind = :kind and created_s <= :at
                       and (first_touch_s is null or first_touch_s > :at)
                    """, touches);
        }
    }

    void rebuild() {
        jdbc.sql("delete from kpi_handoff").update();
        jdbc.sql("insert into kpi_handoff (handoff_id, lead_id, kind, sent_by, created_s, due_s, status, responded_s,"
                        + " reason_code) select id, lead_id, kind, sent_by, " + Epoch.of("created_at") + ", "
                        + Epoch.of("due_at")
                        + ", status, " + Epoch.of("responded_at") + ", reason_code from " + RelayRelations.handoffs()
                        + " h")
                .update();
        jdbc.sql("update kpi_handoff set first_touch_s = (select min(" + Epoch.of("a.occurred_at") + ") from "
                        + CustomerRelations.activities() + " a"
                        + " where a.lead_id = kpi_handoff.lead_id and a.by_department = :department and a.kind in"
                        + " (:touches)"
                        + " and " + Epoch.of("a.occurred_at") + " >= kpi_handoff.created_s) where kind = :kind")
                .param("department", Department.INSIDE_SALES.name())
                .param("touches", TOUCHES.stream().map(Enum::name).toList())
                .param("kind", HandoffKind.MKT_IS.name())
                .update();
    }
}
