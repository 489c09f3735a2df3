package dev.tasuki.platform;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Heartbeats of background jobs (imports today; mail sending and reports later), so that a job whose process died is
 * not left "running" for ever. A job {@link #begin}s when it is queued; while it is queued or runs, this node beats for
 * it every few seconds; it ends {@link Beat#done()} when its outcome is written. A job that never ends because its
 * thread or process died stops beating, and after {@code tasuki.jobs.heartbeat-timeout} (and at start-up for beats
 * older than that) the sweeper publishes {@link JobInterrupted}, on which the job's owner marks it failed.
 */
@Component
public class JobHeartbeats {

    private final JdbcClient jdbc;
    private final OrganisationClock clock;
    private final Duration timeout;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Beat> beating = new ConcurrentHashMap<>();

    JobHeartbeats(
            JdbcClient jdbc, OrganisationClock clock, @Value("${tasuki.jobs.heartbeat-timeout:60s}") Duration timeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A job's heartbeat, from when it is queued until {@link #done()}. */
    public final class Beat implements AutoCloseable {

        private final String kind;
        private final long refId;

        private Beat(String kind, long refId) {
            this.kind = kind;
            this.refId = refId;
        }

        /** The job's outcome is written: its heartbeat ends. */
        public void done() {
            beating.remove(key(kind, refId));
            jdbc.sql("delete from job_heartbeat where kind = :kind and ref_id = :ref")
                    .param("kind", kind)
                    .param("ref", refId)
                    .update();
        }

        /**
         * Stops beating without ending: a job whose thread gave up without writing its outcome (an out-of-memory error)
         * is then swept as interrupted. After {@link #done()} it does nothing.
         */
        @Override
        public void close() {
            beating.remove(key(kind, refId));
        }
    }

    public Beat begin(String kind, long refId) {
        jdbc.sql("""
                insert into job_heartbeat (kind, ref_id, node, started_at, beat_at)
                values (:kind, :ref, :node, :now, :now)
                """)
                .param("kind", kind)
                .param("ref", refId)
                .param("node", node)
                .param("now", utc(clock.now()))
                .update();
        Beat beat = new Beat(kind, refId);
        beating.put(key(kind, refId), beat);
        return beat;
    }

    public Duration timeout() {
        return timeout;
    }

    @Scheduled(fixedDelayString = "${tasuki.jobs.heartbeat-interval:10s}")
    void beat() {
        beating.values()
                .forEach(
                        beat -> jdbc.sql("update job_heartbeat set beat_at = :now where kind = :kind and ref_id = :ref")
                                .param("now", utc(clock.now()))
                                .param("kind", beat.kind)
                                .param("ref", beat.refId)
                                .update());
    }

    private static String key(String kind, long refId) {
        return kind + ":" + refId;
    }
}
