package dev.tasuki.identity.internal;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Language;
import dev.tasuki.platform.OrganisationClock;

/** What users change about themselves: their language, their password and their API tokens. */
@Service
@Transactional
public class AccountSettings {

    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationClock clock;

    private final SignInThrottle throttle;
    private final SessionTermination sessions;

    AccountSettings(
            Users users,
            ApiTokens tokens,
            PasswordEncoder passwordEncoder,
            OrganisationClock clock,
            SignInThrottle throttle,
            SessionTermination sessions) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public void chooseLanguage(SignedInUser user, Language language) {
        users.setLanguage(user.id(), language, clock.now());
    }

    public enum PasswordChangeOutcome {
        CHANGED,
        WRONG_PASSWORD,
        THROTTLED
    }

    /**
     * Changes the user's password when the current one is given, throttled as sign-in is (so a session left open is no
     * way to guess the password), and then ends the user's other sessions and revokes their API tokens: whoever had the
     * old password may have signed in or made a token with it. The session the change is made in stays.
     */
    public PasswordChangeOutcome changePassword(
            SignedInUser user, String currentPassword, String newPassword, String currentSessionId) {
        String key = "password:" + user.getUsername();
        if (throttle.isLocked(key)) {
            return PasswordChangeOutcome.THROTTLED;
        }
        if (!passwordEncoder.matches(currentPassword, users.passwordHashOf(user.id()))) {
            throttle.recordFailure(key, throttle.maxFailures());
            return PasswordChangeOutcome.WRONG_PASSWORD;
        }
        throttle.reset(key);
        users.setPasswordHash(user.id(), passwordEncoder.encode(newPassword), clock.now());
        sessions.endAllOfBut(user.getUsername(), currentSessionId);
        tokens.activeOf(user.id()).forEach(token -> tokens.revoke(user.id(), token.id(), clock.now()));
        return PasswordChangeOutcome.CHANGED;
    }

    public ApiTokens.IssuedToken issueToken(SignedInUser user, String name) {
        return tokens.issue(user.id(), name, clock.now());
    }

    public List<ApiTokens.ApiToken> tokensOf(SignedInUser user) {
        return tokens.activeOf(user.id());
    }

    public boolean revokeToken(SignedInUser user, long tokenId) {
        return tokens.revoke(user.id(), tokenId, clock.now());
    }
}
