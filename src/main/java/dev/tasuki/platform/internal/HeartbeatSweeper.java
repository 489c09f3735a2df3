package dev.tasuki.platform.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.platform.JobHeartbeats;
import dev.tasuki.platform.JobInterrupted;
import dev.tasuki.platform.OrganisationClock;

/**
 * Finds jobs whose heartbeat stopped, at start-up and then every half minute, and tells their owners
 * ({@link JobInterrupted}). A beat is removed by a delete that names the beat it saw, so that of several nodes sweeping
 * at once only one announces each job.
 */
@Component
class HeartbeatSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatSweeper.class);

    private record Stopped(String kind, long refId, Instant beatAt) {}

    private final JdbcClient jdbc;
    private final JobHeartbeats heartbeats;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;

    HeartbeatSweeper(
            JdbcClient jdbc, JobHeartbeats heartbeats, ApplicationEventPublisher events, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.heartbeats = heartbeats;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        sweep();
    }

    @Scheduled(
            initialDelayString = "${tasuki.jobs.sweep-interval:30s}",
            fixedDelayString = "${tasuki.jobs.sweep-interval:30s}")
    @Transactional
    public int sweep() {
        List<Stopped> stopped = jdbc.sql("select kind, ref_id, beat_at from job_heartbeat where beat_at < :before")
                .param("before", utc(clock.now().minus(heartbeats.timeout())))
                .query((rs, n) -> new Stopped(rs.getString("kind"), rs.getLong("ref_id"), instant(rs, "beat_at")))
                .list();
        int interrupted = 0;
        for (Stopped job : stopped) {
            int removed = jdbc.sql("delete from job_heartbeat where kind = :kind and ref_id = :ref and beat_at = :at")
                    .param("kind", job.kind())
                    .param("ref", job.refId())
                    .param("at", utc(job.beatAt()))
                    .update();
            if (removed == 1) {
                LOG.warn("The {} job {} stopped beating at {}: interrupted", job.kind(), job.refId(), job.beatAt());
                events.publishEvent(new JobInterrupted(job.kind(), job.refId()));
                interrupted++;
            }
        }
        return interrupted;
    }
}
