package dev.tasuki.platform.internal;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tries again the events an {@link org.springframework.modulith.events.ApplicationModuleListener} has not handled.
 * Spring Modulith's registry marks a publication failed when its listener throws, and its staleness monitor
 * (spring.modulith.events.staleness.*) marks failed the ones a stopped node left published, processing or resubmitted.
 * Every retry interval, on whichever node gets there, each failed publication is resubmitted (the registry claims it
 * first, so two nodes never both run it). Rather than the registry's resubmission at start-up, which would also take
 * the publications another node is still running.
 */
@Component
class FailedEvents {

    private final FailedEventPublications failed;

    FailedEvents(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(
            fixedDelayString = "${tasuki.events.retry-interval:1m}",
            initialDelayString = "${tasuki.events.retry-interval:1m}")
    @SchedulerLock(name = "failed-events", lockAtMostFor = "PT5M")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
