package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.Department;

/** The hc_assessment and hc_answer tables. */
@Repository
public class AssessmentTable {

    private static final String COLUMNS = "id, title, started_by, started_at, closed_by, closed_at, version";

    private final JdbcClient jdbc;

    AssessmentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String title, long startedBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into hc_assessment (title, started_by, started_at) values (:title, :by, :now)")
                .param("title", title)
                .param("by", startedBy)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Assessment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from hc_assessment where id = :id")
                .param("id", id)
                .query(AssessmentTable::map)
                .optional();
    }

    /** Newest first. */
    public List<Assessment> all() {
        return jdbc.sql("select " + COLUMNS + " from hc_assessment order by started_at desc, id desc")
                .query(AssessmentTable::map)
                .list();
    }

    public Optional<Instant> lastStartedAt() {
        return jdbc.sql("select max(started_at) as last_started from hc_assessment")
                .query((rs, row) -> Optional.ofNullable(instant(rs, "last_started")))
                .single();
    }

    /** Closes it if it is still open at the version read. */
    public boolean close(long id, int version, long by, Instant now) {
        return jdbc.sql("""
                update hc_assessment set closed_by = :by, closed_at = :now, version = version + 1
                 where id = :id and version = :version and closed_at is null
                """)
                        .param("by", by)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public List<Answer> answers(long assessmentId) {
        return jdbc.sql("""
                select item_code, user_id, department, rating, remark, answered_at from hc_answer
                 where assessment_id = :id order by answered_at, user_id
                """)
                .param("id", assessmentId)
                .query((rs, row) -> new Answer(
                        rs.getString("item_code"),
                        rs.getLong("user_id"),
                        rs.getString("department") == null ? null : Department.valueOf(rs.getString("department")),
                        Rating.valueOf(rs.getString("rating")),
                        rs.getString("remark"),
                        instant(rs, "answered_at")))
                .list();
    }

    /** Saves one assessor's answer, replacing their earlier one (an update first, so no MERGE is needed). */
    public void saveAnswer(long assessmentId, Answer answer) {
        if (updateAnswer(assessmentId, answer)) {
            return;
        }
        try {
            jdbc.sql("""
                    insert into hc_answer (assessment_id, item_code, user_id, department, rating, remark, answered_at)
                    values (:assessment, :item, :user, :department, :rating, :remark, :at)
                    """).params(parameters(assessmentId, answer)).update();
        } catch (DuplicateKeyException sameAssessorInAnotherTab) {
            updateAnswer(assessmentId, answer);
        }
    }

    private boolean updateAnswer(long assessmentId, Answer answer) {
        return jdbc.sql("""
                update hc_answer set department = :department, rating = :rating, remark = :remark, answered_at = :at
                 where assessment_id = :assessment and item_code = :item and user_id = :user
                """).params(parameters(assessmentId, answer)).update() == 1;
    }

    private static Map<String, Object> parameters(long assessmentId, Answer answer) {
        Map<String, Object> values = new HashMap<>();
        values.put("assessment", assessmentId);
        values.put("item", answer.itemCode());
        values.put("user", answer.userId());
        values.put(
                "department",
                answer.department() == null ? null : answer.department().name());
        values.put("rating", answer.rating().name());
        values.put("remark", answer.remark());
        values.put("at", utc(answer.answeredAt()));
        return values;
    }

    private static Assessment map(ResultSet rs, int row) throws SQLException {
        return new Assessment(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getLong("started_by"),
                instant(rs, "started_at"),
                nullableLong(rs, "closed_by"),
                instant(rs, "closed_at"),
                rs.getInt("version"));
    }
}
