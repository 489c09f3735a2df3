package dev.tasuki.exchange.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.platform.ImportError;

/**
 * Imports kept as jobs: started, their progress, and how they ended with their first errors. Written outside the
 * import's own transaction, so progress shows while it runs and the outcome stays when it is rolled back.
 */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long start(String format, String fileName, boolean dryRun, boolean applyValidRows, long by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into import_job (format, file_name, status, dry_run, apply_valid_rows, created_by, started_at)
                values (:format, :file, 'QUEUED', :dryRun, :apply, :by, :now)
                """)
                .param("format", format)
                .param("file", fileName)
                .param("dryRun", dryRun)
                .param("apply", applyValidRows)
                .param("by", by)
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void running(long id) {
        jdbc.sql("update import_job set status = 'RUNNING' where id = :id and status = 'QUEUED'")
                .param("id", id)
                .update();
    }

    /** A job still queued or running whose process died: FAILED with nothing applied, saying why. */
    void interrupt(long id, Tally interrupted, Instant now) {
        boolean open = jdbc.sql("select count(*) from import_job where id = :id and status in ('QUEUED', 'RUNNING')")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                == 1;
        if (open) {
            finish(id, ImportReport.Status.FAILED, interrupted, now);
        }
    }

    void progress(long id, int rowsRead) {
        jdbc.sql("update import_job set rows_read = :rows where id = :id")
                .param("rows", rowsRead)
                .param("id", id)
                .update();
    }

    void finish(long id, ImportReport.Status status, Tally tally, Instant now) {
        jdbc.sql("""
                update import_job set status = :status, rows_read = :rows, created = :created, updated = :updated,
                       unchanged = :unchanged, rejected = :rejected, finished_at = :now
                 where id = :id
                """)
                .param("status", status.name())
                .param("rows", tally.rows())
                .param("created", tally.created())
                .param("updated", tally.updated())
                .param("unchanged", tally.unchanged())
                .param("rejected", tally.rejected())
                .param("now", utc(now))
                .param("id", id)
                .update();
        List<Object[]> errors = new ArrayList<>();
        tally.errors()
                .forEach(error -> errors.add(
                        new Object[] {id, error.line(), cut(error.column(), 200), cut(error.message(), 1000)}));
        template.batchUpdate(
                "insert into import_error (job_id, line, column_name, message) values (?, ?, ?, ?)", errors);
    }

    Optional<ImportReport> find(long id) {
        List<ImportError> errors = jdbc.sql(
                        "select line, column_name, message from import_error where job_id = :id order by line")
                .param("id", id)
                .query((rs, n) ->
                        new ImportError(rs.getInt("line"), rs.getString("column_name"), rs.getString("message")))
                .list();
        return jdbc.sql("select j.*, " + AHEAD + " from import_job j where j.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, errors))
                .optional();
    }

    List<ImportReport> recent(int limit) {
        return jdbc.sql("select j.*, " + AHEAD
                        + " from import_job j order by j.started_at desc, j.id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> map(rs, List.of()))
                .list();
    }

    /** How many imports are before a queued one: queued earlier, or running. */
    private static final String AHEAD = """
            (select count(*) from import_job q where q.status in ('QUEUED', 'RUNNING') and q.id < j.id) ahead""";

    private static ImportReport map(ResultSet rs, List<ImportError> errors) throws SQLException {
        ImportReport.Status status = ImportReport.Status.valueOf(rs.getString("status"));
        return new ImportReport(
                rs.getLong("id"),
                rs.getString("format"),
                rs.getString("file_name"),
                status,
                status == ImportReport.Status.QUEUED ? Integer.valueOf(rs.getInt("ahead") + 1) : null,
                rs.getInt("rows_read"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("unchanged"),
                rs.getInt("rejected"),
                errors,
                instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
