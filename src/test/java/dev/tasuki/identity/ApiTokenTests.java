package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/** Personal API tokens, from the settings page to the API, and their end. */
@IntegrationTest
class ApiTokenTests {

    private static final Pattern TOKEN = Pattern.compile("data-testid=\"issued-token\">(tsk_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Autowired
    JdbcClient jdbc;

    private String issueToken(SignedInUser owner) throws Exception {
        String page = mvc.post()
                .uri("/settings/tokens")
                .with(user(owner))
                .with(csrf())
                .param("name", "スプレッドシート連携")
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find())
                .as("the new token is shown once on the settings page")
                .isTrue();
        return token.group(1);
    }

    @Test
    void aTokenIssuedInSettingsSignsInApiCallsAndIsStoredOnlyAsAHash() throws Exception {
        UserAccount account = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        String token = issueToken(users.signedIn(account.email()));

        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.email")
                .isEqualTo(account.email());
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.get()
                        .uri("/settings")
                        .with(user(users.signedIn(account.email())))
                        .exchange())
                .bodyText()
                .contains("スプレッドシート連携")
                .doesNotContain(token);
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() throws Exception {
        UserAccount account = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        SignedInUser owner = users.signedIn(account.email());
        String token = issueToken(owner);
        long id = jdbc.sql("select id from api_token where user_id = :user")
                .param("user", account.id())
                .query(Long.class)
                .single();

        assertThat(mvc.post()
                        .uri("/settings/tokens/" + id + "/revoke")
                        .with(user(owner))
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/settings");

        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatus(401);
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer tsk_made-up")
                        .exchange())
                .hasStatus(401);
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        UserAccount owner = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        String token = issueToken(users.signedIn(owner.email()));
        long id = jdbc.sql("select id from api_token where user_id = :user")
                .param("user", owner.id())
                .query(Long.class)
                .single();

        mvc.post()
                .uri("/settings/tokens/" + id + "/revoke")
                .with(user(users.signedIn(TestUsers.MARKETING_MEMBER)))
                .with(csrf())
                .exchange();

        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void deactivatingAUserEndsTheirTokensAtOnce() throws Exception {
        UserAccount account = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        String token = issueToken(users.signedIn(account.email()));
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatusOk();

        administration.deactivate(account.id(), account.version(), users.signedIn(TestUsers.ADMIN));

        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .hasStatus(401);
        administration.reactivate(account.id(), account.version() + 1);
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .exchange())
                .as("a reactivated user gets new tokens, the old ones stay revoked")
                .hasStatus(401);
    }
}
