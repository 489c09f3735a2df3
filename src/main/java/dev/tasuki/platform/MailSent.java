package dev.tasuki.platform;

/**
 * A queued message has gone out: handed to the SMTP server, or kept in the in-app mailbox when there is none
 * ({@code inApp}). Published in the transaction that records it.
 */
public record MailSent(long mailId, String kind, String dedupKey, boolean inApp) {}
