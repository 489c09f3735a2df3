package dev.tasuki.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import dev.tasuki.platform.MailBounced;
import dev.tasuki.platform.MailSent;
import dev.tasuki.platform.OrganisationClock;

/**
 * Sends the outbox every few seconds on one node at a time (a ShedLock lock, so the throttle's count of the last minute
 * holds across nodes). A message is claimed for two minutes before it is sent: a node that dies mid-send leaves it to
 * be sent again after a restart, so delivery is at least once. Failures that may pass are tried again after 1, 5 and 30
 * minutes and 2 and 8 hours, then given up (FAILED).
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(8));
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 100;

    private final MailStore store;
    private final MailSettingRows settings;
    private final MailTransport transport;
    private final OrganisationClock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    MailDispatcher(
            MailStore store,
            MailSettingRows settings,
            MailTransport transport,
            OrganisationClock clock,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${tasuki.mail.interval}", initialDelayString = "${tasuki.mail.interval}")
    @SchedulerLock(name = "mail-dispatcher", lockAtMostFor = "PT5M")
    void sendDue() {
        sendDueNow();
    }

    /** One round: as many due messages as the rate leaves room for. Returns how many were handled. */
    int sendDueNow() {
        Instant now = clock.now();
        int room = settings.current().perMinute() - store.sentSince(now.minus(Duration.ofMinutes(1)));
        if (room <= 0) {
            return 0;
        }
        List<StoredMail> due =
                transactions.execute(status -> store.claimDue(now, now.plus(CLAIM), Math.min(room, BATCH)));
        for (StoredMail mail : due) {
            MailTransport.Result result = transport.send(mail);
            transactions.executeWithoutResult(status -> record(mail, result));
        }
        return due.size();
    }

    private void record(StoredMail mail, MailTransport.Result result) {
        Instant now = clock.now();
        switch (result.outcome()) {
            case SENT, KEPT -> {
                store.sent(mail.id(), result.outcome().name(), now);
                events.publishEvent(new MailSent(
                        mail.id(), mail.kind(), mail.dedupKey(), result.outcome() == MailTransport.Outcome.KEPT));
            }
            case BOUNCED -> {
                store.failed(mail.id(), "BOUNCED", result.error(), now);
                events.publishEvent(new MailBounced(mail.id(), mail.kind(), mail.dedupKey(), result.error()));
            }
            case RETRY -> {
                boolean giveUp = mail.attempts() >= BACKOFF.size();
                log.warn(
                        "Mail {} to {} failed ({}){}",
                        mail.id(),
                        mail.to(),
                        result.error(),
                        giveUp ? "; given up" : "; will retry");
                store.failed(
                        mail.id(),
                        giveUp ? "FAILED" : "QUEUED",
                        result.error(),
                        giveUp ? now : now.plus(BACKOFF.get(mail.attempts())));
            }
        }
    }
}
