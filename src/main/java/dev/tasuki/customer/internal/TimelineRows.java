package dev.tasuki.customer.internal;

import static dev.tasuki.customer.internal.AccountRows.enumOrNull;
import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.identity.Department;

/** The timeline_entry table. Entries come back without the actor's name, which the Timeline service adds. */
@Repository
public class TimelineRows {

    private static final String SELECT = """
            select t.id, t.account_id, t.contact_id, t.lead_id, t.kind, t.occurred_at, t.actor_id, t.actor_department,
                   t.arguments, t.detail, t.ref_id
              from timeline_entry t
            """;

    private final JdbcClient jdbc;

    TimelineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TimelineEntry.Draft draft, Instant occurredAt) {
        jdbc.sql("""
                insert into timeline_entry (account_id, contact_id, lead_id, kind, occurred_at, actor_id,
                    actor_department,
                                            arguments, detail, ref_id)
                values (:account, :contact, :lead, :kind, :occurredAt, :actor, :department, :arguments, :detail, :ref)
                """)
                .param("account", draft.accountId())
                .param("contact", draft.contactId())
                .param("lead", draft.leadId())
                .param("kind", draft.kind().name())
                .param("occurredAt", utc(occurredAt))
                .param("actor", draft.actorId())
                .param("department", AccountRows.name(draft.actorDepartment()))
                .param("arguments", TimelineArguments.join(draft.arguments()))
                .param("detail", Texts.cut(draft.detail(), TimelineEntry.MAX_DETAIL))
                .param("ref", draft.refId())
                .update();
    }

    /** Entries of the account and of its contacts, newest first. */
    public List<TimelineEntry> ofAccount(long accountId, int limit) {
        return newest(
                " where t.account_id = :id or t.contact_id in (select c.id from contact c where c.account_id = :id)",
                accountId,
                limit);
    }

    public List<TimelineEntry> ofContact(long contactId, int limit) {
        return newest(" where t.contact_id = :id", contactId, limit);
    }

    public List<TimelineEntry> ofLead(long leadId, int limit) {
        return newest(" where t.lead_id = :id", leadId, limit);
    }

    /** The entries the condition (one of this class's, naming {@code :id}) selects, newest first. */
    private List<TimelineEntry> newest(String where, long id, int limit) {
        return jdbc.sql(SELECT + where + " order by t.occurred_at desc, t.id desc limit :limit")
                .param("id", id)
                .param("limit", limit)
                .query(TimelineRows::map)
                .list();
    }

    private static TimelineEntry map(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(
                rs.getLong("id"),
                nullableLong(rs, "account_id"),
                nullableLong(rs, "contact_id"),
                nullableLong(rs, "lead_id"),
                TimelineKind.valueOf(rs.getString("kind")),
                instant(rs, "occurred_at"),
                nullableLong(rs, "actor_id"),
                null,
                enumOrNull(Department.class, rs.getString("actor_department")),
                TimelineArguments.split(rs.getString("arguments")),
                rs.getString("detail"),
                nullableLong(rs, "ref_id"));
    }
}
