package dev.tasuki.identity;

import dev.tasuki.platform.TasukiException;

public final class UserNotFound extends TasukiException {

    private UserNotFound(long id) {
        super(Kind.NOT_FOUND, "user.notFound", id);
    }

    public static UserNotFound forId(long id) {
        return new UserNotFound(id);
    }
}
