package dev.tasuki.platform;

/**
 * How mail leaves: the sender's address (the admin's, else TASUKI_MAIL_FROM), at most how many messages a minute go out
 * across all nodes, and whether an SMTP server is configured (spring.mail.host) or mail stays in the in-app mailbox.
 */
public record MailSettings(String from, int perMinute, boolean smtp, int version) {

    public static final int MAX_PER_MINUTE = 10_000;
}
