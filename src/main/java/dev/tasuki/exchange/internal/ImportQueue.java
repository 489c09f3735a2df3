package dev.tasuki.exchange.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.annotation.PreDestroy;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import dev.tasuki.platform.JobHeartbeats;

/**
 * Imports run one at a time, in the order they came: imports of one organisation write the same tables and rebuild the
 * same read models, and two at once failed each other (a duplicate key in kpi_lead_funnel, lock timeouts). The others
 * wait, QUEUED, with their place shown. Each import has a heartbeat from when it is queued until its outcome is
 * written, so one whose process died is marked interrupted ({@link JobHeartbeats}).
 */
@Component
class ImportQueue {

    static final String KIND = "import";

    private final JobHeartbeats heartbeats;
    private final Map<Long, JobHeartbeats.Beat> beats = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "tasuki-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportQueue(JobHeartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    void begin(long id) {
        beats.put(id, heartbeats.begin(KIND, id));
    }

    /** Runs the import when those queued before it have run, in the language of the user who asked for it. */
    Future<?> submit(long id, Runnable job) {
        Locale locale = LocaleContextHolder.getLocale();
        return worker.submit(() -> {
            LocaleContextHolder.setLocale(locale);
            try {
                job.run();
            } finally {
                LocaleContextHolder.resetLocaleContext();
                // ended without its outcome (an error no import survives): the sweeper marks it interrupted
                JobHeartbeats.Beat beat = beats.remove(id);
                if (beat != null) {
                    beat.close();
                }
            }
        });
    }

    /** The import's outcome is written. */
    void done(long id) {
        JobHeartbeats.Beat beat = beats.remove(id);
        if (beat != null) {
            beat.done();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
