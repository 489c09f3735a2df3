package dev.tasuki.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/** Too many failed sign-ins for this email or from this address; refused before the password is checked. */
class SignInThrottled extends AccountStatusException {

    SignInThrottled() {
        super("too many failed sign-ins");
    }
}
