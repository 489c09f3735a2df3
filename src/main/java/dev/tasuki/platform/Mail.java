package dev.tasuki.platform;

import java.util.Objects;

/**
 * One message to send: to whom, what it says in plain text (and optionally HTML), what kind of message it is (a survey,
 * a notification: for the mailbox and for whoever listens to {@link MailSent}) and its dedup key. Two messages with the
 * same key are one: the second is never queued, so a retried or concurrent sender cannot send it twice.
 */
public record Mail(
        String kind,
        String to,
        String toName,
        String subject,
        String text,
        String html,
        String dedupKey,
        String unsubscribeUrl) {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_HTML = 40_000;

    public Mail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.length() > MAX_SUBJECT || text.length() > MAX_TEXT || (html != null && html.length() > MAX_HTML)) {
            throw new IllegalArgumentException("a mail of kind " + kind + " is longer than a mail may be");
        }
    }

    /** A plain-text message without a dedup key. */
    public static Mail text(String kind, String to, String toName, String subject, String text) {
        return new Mail(kind, to, toName, subject, text, null, null, null);
    }

    public Mail withDedupKey(String key) {
        return new Mail(kind, to, toName, subject, text, html, key, unsubscribeUrl);
    }

    /** A message people may opt out of (a survey): the link goes in its List-Unsubscribe header. */
    public Mail withUnsubscribe(String url) {
        return new Mail(kind, to, toName, subject, text, html, dedupKey, url);
    }

    public Mail withHtml(String body) {
        return new Mail(kind, to, toName, subject, text, body, dedupKey, unsubscribeUrl);
    }
}
