package dev.tasuki.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 5: an import whose process was killed (kill -9, out of memory) mid-run stops beating; the sweeper
 * (which also runs at start-up) marks it FAILED, interrupted, with nothing applied, for the page and the API.
 */
@IntegrationTest
class HeartbeatSweeperTests {

    @Autowired
    HeartbeatSweeper sweeper;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void anImportThatStoppedBeatingIsFailedAsInterrupted() {
        long admin = users.signedIn(TestUsers.ADMIN).id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // as a killed process leaves it: running, 200 rows counted in its rolled-back transaction, last beat 5 min ago
        long job = jdbc.sql("""
                insert into import_job (format, file_name, status, dry_run, apply_valid_rows, rows_read, created,
                                        created_by, started_at)
                values ('hubspot-contacts', 'killed.csv', 'RUNNING', false, false, 200, 200, :by, :at)
                """)
                .param("by", admin)
                .param("at", now.minusMinutes(6))
                .update(new org.springframework.jdbc.support.GeneratedKeyHolder(), "id");
        long id = jdbc.sql("select max(id) from import_job where file_name = 'killed.csv'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into job_heartbeat (kind, ref_id, node, started_at, beat_at)
                values ('import', :id, 'a-node-that-died', :started, :beat)
                """)
                .param("id", id)
                .param("started", now.minusMinutes(6))
                .param("beat", now.minus(Duration.ofMinutes(5)))
                .update();
        assertThat(job).isEqualTo(1);

        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);

        var report = mvc.get()
                .uri("/api/v1/imports/" + id)
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(report).bodyJson().extractingPath("$.status").isEqualTo("FAILED");
        assertThat(report).bodyJson().extractingPath("$.created").isEqualTo(0);
        assertThat(report)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("中断されました");
        assertThat(jdbc.sql("select count(*) from job_heartbeat where ref_id = :id and kind = 'import'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mvc.get()
                        .uri("/admin/imports/" + id)
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .header("Accept-Language", "ja")
                        .exchange())
                .bodyText()
                .contains("中断されました", "data-status=\"FAILED\"");
    }
}
