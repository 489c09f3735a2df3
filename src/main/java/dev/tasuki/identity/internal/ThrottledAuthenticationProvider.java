package dev.tasuki.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/**
 * Password sign-in (form and HTTP Basic) behind the throttle: a locked email or client address is refused before its
 * password is checked; a failure counts against both; a success clears the email and notes when the user was last seen.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Users users;
    private final OrganisationClock clock;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, SignInThrottle throttle, Users users, OrganisationClock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String emailKey = "email:" + Users.normalise(authentication.getName());
        String addressKey = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? "address:" + details.getRemoteAddress()
                : null;
        if (throttle.isLocked(emailKey) || (addressKey != null && throttle.isLocked(addressKey))) {
            throw new SignInThrottled();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.reset(emailKey);
            if (result.getPrincipal() instanceof SignedInUser user) {
                users.markSeen(user.id(), clock.now());
            }
            return result;
        } catch (BadCredentialsException failure) {
            throttle.recordFailure(emailKey, throttle.maxFailures());
            if (addressKey != null) {
                throttle.recordFailure(addressKey, throttle.maxFailuresPerAddress());
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
