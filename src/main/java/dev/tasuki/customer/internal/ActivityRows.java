package dev.tasuki.customer.internal;

import static dev.tasuki.customer.internal.AccountRows.enumOrNull;
import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.customer.Activity;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.identity.Department;

/** The activity table. */
@Repository
public class ActivityRows {

    private static final String SELECT = """
            select id, account_id, contact_id, lead_id, kind, subject, body, occurred_at, due_on, done_at, by_user_id,
                   by_department, created_at
              from activity
            """;

    private final JdbcClient jdbc;

    ActivityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewRow(
            Long accountId,
            Long contactId,
            Long leadId,
            ActivityKind kind,
            String subject,
            String body,
            Instant occurredAt,
            LocalDate dueOn,
            long byUserId,
            Department byDepartment) {}

    public long insert(NewRow row, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity (account_id, contact_id, lead_id, kind, subject, body, occurred_at, due_on,
                                      by_user_id, by_department, created_at)
                values (:account, :contact, :lead, :kind, :subject, :body, :occurredAt, :dueOn, :by, :department, :now)
                """)
                .param("account", row.accountId())
                .param("contact", row.contactId())
                .param("lead", row.leadId())
                .param("kind", row.kind().name())
                .param("subject", row.subject())
                .param("body", row.body())
                .param("occurredAt", utc(row.occurredAt()))
                .param("dueOn", row.dueOn())
                .param("by", row.byUserId())
                .param("department", AccountRows.name(row.byDepartment()))
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Activity> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ActivityRows::map)
                .optional();
    }

    public List<Activity> ofAccount(long accountId, int limit) {
        return newest("account_id", accountId, limit);
    }

    public List<Activity> ofContact(long contactId, int limit) {
        return newest("contact_id", contactId, limit);
    }

    public List<Activity> ofLead(long leadId, int limit) {
        return newest("lead_id", leadId, limit);
    }

    /** The record's activities, newest first; {@code column} is one of the three above, never user input. */
    private List<Activity> newest(String column, long id, int limit) {
        return jdbc.sql(SELECT + " where " + column + " = :id order by occurred_at desc, id desc limit :limit")
                .param("id", id)
                .param("limit", limit)
                .query(ActivityRows::map)
                .list();
    }

    private static Activity map(ResultSet rs, int row) throws SQLException {
        Date dueOn = rs.getDate("due_on");
        return new Activity(
                rs.getLong("id"),
                nullableLong(rs, "account_id"),
                nullableLong(rs, "contact_id"),
                nullableLong(rs, "lead_id"),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("body"),
                instant(rs, "occurred_at"),
                dueOn == null ? null : dueOn.toLocalDate(),
                instant(rs, "done_at"),
                rs.getLong("by_user_id"),
                enumOrNull(Department.class, rs.getString("by_department")),
                instant(rs, "created_at"));
    }
}
