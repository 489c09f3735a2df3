package dev.tasuki.platform;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.platform.internal.MailSettingRows;
import dev.tasuki.platform.internal.MailStore;

/**
 * Where every module sends mail. A message is queued in the caller's transaction, so a change that rolls back sends
 * nothing, and is sent after it commits, in the background, throttled, by one node at a time (docs/architecture.md,
 * "Mail"). Without an SMTP server it is kept in the in-app mailbox that admins read at /admin/mail.
 */
@Service
public class MailOutbox {

    private final MailStore store;
    private final MailSettingRows settings;
    private final OrganisationClock clock;

    MailOutbox(MailStore store, MailSettingRows settings, OrganisationClock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the message; with a dedup key that is queued already, nothing happens and the answer is empty. The key's
     * uniqueness is the database's, so two senders at once still queue it once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> queue(Mail mail) {
        return store.queue(mail, settings.current().from(), clock.now());
    }

    public MailSettings settings() {
        return settings.current();
    }

    /** An admin's sender address (blank: the configured default) and rate; refused when stale or out of range. */
    @Transactional
    public void saveSettings(String from, int perMinute, int version) {
        String sender = from == null || from.isBlank() ? null : from.strip();
        if (sender != null && !MailAddresses.plausible(sender)) {
            throw MailSettingsRefused.badSender();
        }
        if (perMinute < 1 || perMinute > MailSettings.MAX_PER_MINUTE) {
            throw MailSettingsRefused.badRate();
        }
        if (!settings.save(sender, perMinute, version)) {
            throw MailSettingsRefused.stale();
        }
    }
}
