package dev.tasuki.customer;

import dev.tasuki.platform.TasukiException;

public final class ContactNotFound extends TasukiException {

    private ContactNotFound(long id) {
        super(Kind.NOT_FOUND, "contact.notFound", id);
    }

    public static ContactNotFound forId(long id) {
        return new ContactNotFound(id);
    }
}
