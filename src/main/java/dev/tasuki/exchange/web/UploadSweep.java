package dev.tasuki.exchange.web;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, deletes uploads kept for a mapping screen that nobody answered within a day. */
@Component
class UploadSweep {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSweep.class);
    static final Duration KEPT_FOR = Duration.ofDays(1);

    @Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
    void sweep() {
        try {
            int deleted = Uploads.sweep(KEPT_FOR);
            if (deleted > 0) {
                LOG.info("Deleted {} uploads left by import mappings nobody finished", deleted);
            }
        } catch (IOException unreadable) {
            LOG.warn("Could not sweep the kept uploads: {}", unreadable.getMessage());
        }
    }
}
