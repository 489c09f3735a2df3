package dev.tasuki.platform;

/**
 * A message that cannot be delivered: the SMTP server refused its address for good (a 5xx answer), or the address is
 * not one. Published in the transaction that records it, so a survey can count it as not delivered.
 */
public record MailBounced(long mailId, String kind, String dedupKey, String reason) {}
