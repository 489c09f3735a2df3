package dev.tasuki.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * tasuki.admin.*: the bootstrap admin (TASUKI_ADMIN_EMAIL, TASUKI_ADMIN_PASSWORD); tasuki.sign-in.*: how many failed
 * sign-ins (per email, per client address) lock sign-in, and for how long.
 */
@ConfigurationProperties("tasuki")
record IdentityProperties(Admin admin, SignIn signIn) {

    IdentityProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        signIn = signIn == null ? new SignIn(5, 50, Duration.ofMinutes(15)) : signIn;
    }

    record Admin(String email, String password) {
        boolean given() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }
    }

    record SignIn(int maxFailures, int maxFailuresPerAddress, Duration lockDuration) {}
}
