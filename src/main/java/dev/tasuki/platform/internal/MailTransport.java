package dev.tasuki.platform.internal;

/** How a claimed message leaves: through the SMTP server, or kept in the in-app mailbox when none is configured. */
interface MailTransport {

    /** What became of one message. */
    enum Outcome {
        SENT,
        KEPT,
        /** Refused for good: the address does not exist or cannot be one. */
        BOUNCED,
        /** Worth trying again later: the server was away, busy or answered 4xx. */
        RETRY
    }

    record Result(Outcome outcome, String error) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    Result send(StoredMail mail);

    /** Kept in the mailbox: the row is the message. */
    MailTransport IN_APP = mail -> Result.of(Outcome.KEPT);
}
