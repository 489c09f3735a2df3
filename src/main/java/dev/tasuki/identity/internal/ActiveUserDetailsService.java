package dev.tasuki.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.SignedInUser;

/**
 * A deactivated user is not found at all: sign-in then fails exactly as for an unknown email (same message, same
 * password-hashing time), so a failure never tells whether an email exists.
 */
@Component
class ActiveUserDetailsService implements UserDetailsService {

    private final Users users;

    ActiveUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email)
                .filter(stored -> stored.account().active())
                .map(stored -> new SignedInUser(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no active user"));
    }
}
