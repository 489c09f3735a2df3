package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.day;
import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The hc_action table: improvement actions created from weak items. */
@Repository
public class ImprovementActions {

    private static final String COLUMNS =
            "id, assessment_id, item_code, title, owner_id, due_on, status, created_by, created_at, version";

    private final JdbcClient jdbc;

    ImprovementActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long assessmentId, String itemCode, String title, long ownerId, LocalDate dueOn, long by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into hc_action (assessment_id, item_code, title, owner_id, due_on, status, created_by,
                    created_at)
                values (:assessment, :item, :title, :owner, :due, 'OPEN', :by, :now)
                """)
                .param("assessment", assessmentId)
                .param("item", itemCode)
                .param("title", title)
                .param("owner", ownerId)
                .param("due", dueOn)
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<ImprovementAction> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from hc_action where id = :id")
                .param("id", id)
                .query(ImprovementActions::map)
                .optional();
    }

    /** The actions created in an assessment, and the open ones of every assessment, oldest due first. */
    public List<ImprovementAction> relevantTo(long assessmentId) {
        return jdbc.sql("select " + COLUMNS
                        + " from hc_action where assessment_id = :id or status = 'OPEN' order by due_on, id")
                .param("id", assessmentId)
                .query(ImprovementActions::map)
                .list();
    }

    public boolean setDone(long id, boolean done, int version) {
        return jdbc.sql("update hc_action set status = :status, version = version + 1 where id = :id and"
                                + " version = :version")
                        .param("status", done ? "DONE" : "OPEN")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static ImprovementAction map(ResultSet rs, int row) throws SQLException {
        return new ImprovementAction(
                rs.getLong("id"),
                rs.getLong("assessment_id"),
                rs.getString("item_code"),
                rs.getString("title"),
                rs.getLong("owner_id"),
                day(rs, "due_on"),
                "DONE".equals(rs.getString("status")),
                rs.getLong("created_by"),
                instant(rs, "created_at"),
                rs.getInt("version"));
    }
}
