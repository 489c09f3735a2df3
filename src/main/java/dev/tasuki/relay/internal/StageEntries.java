package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.StageChangeVia;
import dev.tasuki.relay.StageEntry;

/** The stage-history log: one row per stage change, never updated. */
@Repository
class StageEntries {

    private final JdbcClient jdbc;

    StageEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(
            long leadId,
            Long accountId,
            LifecycleStage from,
            LifecycleStage to,
            Instant at,
            Long byUserId,
            StageChangeVia via,
            String reason) {
        jdbc.sql("""
                insert into stage_entry (lead_id, account_id, from_stage, to_stage, entered_at, by_user_id, via, reason)
                values (:lead, :account, :from, :to, :at, :by, :via, :reason)
                """)
                .param("lead", leadId)
                .param("account", accountId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("at", utc(at))
                .param("by", byUserId)
                .param("via", via.name())
                .param("reason", reason)
                .update();
    }

    List<StageEntry> of(long leadId) {
        return jdbc.sql("""
                select lead_id, from_stage, to_stage, entered_at, by_user_id, via, reason from stage_entry
                 where lead_id = :lead order by entered_at, id
                """)
                .param("lead", leadId)
                .query((rs, row) -> new StageEntry(
                        rs.getLong("lead_id"),
                        rs.getString("from_stage") == null ? null : LifecycleStage.valueOf(rs.getString("from_stage")),
                        LifecycleStage.valueOf(rs.getString("to_stage")),
                        instant(rs, "entered_at"),
                        nullableLong(rs, "by_user_id"),
                        StageChangeVia.valueOf(rs.getString("via")),
                        rs.getString("reason")))
                .list();
    }
}
