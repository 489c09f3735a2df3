package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.identity.Department;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;

@Repository
class HandoffTable {

    static final String COLUMNS = """
            h.id, h.lead_id, h.account_id, h.kind, h.status, h.from_department, h.to_department, h.sent_by, \
            h.created_at,
            h.due_at, h.note, h.budget, h.authority, h.need, h.timing, h.appointment_at, h.responded_by, h.responded_at,
            h.reason_code, h.response_comment, h.version
            """;

    private final JdbcClient jdbc;

    HandoffTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long leadId,
            Long accountId,
            HandoffKind kind,
            long sentBy,
            Instant createdAt,
            Instant dueAt,
            String note,
            Bant bant,
            Instant appointmentAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into handoff (lead_id, account_id, kind, status, from_department, to_department, sent_by,
                    created_at,
                                     due_at, note, budget, authority, need, timing, appointment_at, version)
                values (:lead, :account, :kind, 'PENDING', :from, :to, :by, :at, :due, :note, :budget, :authority,
                    :need,
                        :timing, :appointment, 0)
                """)
                .param("lead", leadId)
                .param("account", accountId)
                .param("kind", kind.name())
                .param("from", kind.from().name())
                .param("to", kind.to().name())
                .param("by", sentBy)
                .param("at", utc(createdAt))
                .param("due", utc(dueAt))
                .param("note", note)
                .param("budget", bant.budget())
                .param("authority", bant.authority())
                .param("need", bant.need())
                .param("timing", bant.timing())
                .param("appointment", utc(appointmentAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Handoff> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from handoff h where h.id = :id")
                .param("id", id)
                .query(HandoffTable::map)
                .optional();
    }

    Optional<Handoff> pendingFor(long leadId) {
        return jdbc.sql("select " + COLUMNS + " from handoff h where h.lead_id = :lead and h.status = 'PENDING'")
                .param("lead", leadId)
                .query(HandoffTable::map)
                .optional();
    }

    List<Handoff> ofLead(long leadId) {
        return jdbc.sql("select " + COLUMNS
                        + " from handoff h where h.lead_id = :lead order by h.created_at desc, h.id desc")
                .param("lead", leadId)
                .query(HandoffTable::map)
                .list();
    }

    /** Closes a pending handoff; false when it was no longer pending (someone else responded first). */
    boolean respond(long id, HandoffStatus status, long by, Instant at, String reasonCode, String comment) {
        return jdbc.sql("""
                update handoff set status = :status, responded_by = :by, responded_at = :at, reason_code = :reason,
                       response_comment = :comment, version = version + 1
                 where id = :id and status = 'PENDING'
                """)
                        .param("status", status.name())
                        .param("by", by)
                        .param("at", utc(at))
                        .param("reason", reasonCode)
                        .param("comment", comment)
                        .param("id", id)
                        .update()
                == 1;
    }

    static Handoff map(ResultSet rs, int row) throws SQLException {
        return new Handoff(
                rs.getLong("id"),
                rs.getLong("lead_id"),
                nullableLong(rs, "account_id"),
                HandoffKind.valueOf(rs.getString("kind")),
                HandoffStatus.valueOf(rs.getString("status")),
                Department.valueOf(rs.getString("from_department")),
                Department.valueOf(rs.getString("to_department")),
                rs.getLong("sent_by"),
                instant(rs, "created_at"),
                instant(rs, "due_at"),
                rs.getString("note"),
                new Bant(
                        rs.getString("budget"),
                        rs.getString("authority"),
                        rs.getString("need"),
                        rs.getString("timing")),
                instant(rs, "appointment_at"),
                nullableLong(rs, "responded_by"),
                instant(rs, "responded_at"),
                rs.getString("reason_code"),
                rs.getString("response_comment"),
                rs.getInt("version"));
    }
}
