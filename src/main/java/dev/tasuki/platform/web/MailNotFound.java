package dev.tasuki.platform.web;

import dev.tasuki.platform.TasukiException;

/** A mailbox message that does not exist (or no longer does). */
class MailNotFound extends TasukiException {

    private MailNotFound(long id) {
        super(Kind.NOT_FOUND, "mail.notFound", id);
    }

    static MailNotFound forId(long id) {
        return new MailNotFound(id);
    }
}
