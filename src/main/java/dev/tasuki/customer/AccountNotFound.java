package dev.tasuki.customer;

import dev.tasuki.platform.TasukiException;

public final class AccountNotFound extends TasukiException {

    private AccountNotFound(long id) {
        super(Kind.NOT_FOUND, "account.notFound", id);
    }

    public static AccountNotFound forId(long id) {
        return new AccountNotFound(id);
    }
}
