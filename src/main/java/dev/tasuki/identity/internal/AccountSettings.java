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

    AccountSettings(Users users, ApiTokens tokens, PasswordEncoder passwordEncoder, OrganisationClock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public void chooseLanguage(SignedInUser user, Language language) {
        users.setLanguage(user.id(), language, clock.now());
    }

    /** False, and nothing changed, when the current password given is not the user's. */
    public boolean changePassword(SignedInUser user, String currentPassword, String newPassword) {
        if (!passwordEncoder.matches(currentPassword, users.passwordHashOf(user.id()))) {
            return false;
        }
        users.setPasswordHash(user.id(), passwordEncoder.encode(newPassword), clock.now());
        return true;
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
