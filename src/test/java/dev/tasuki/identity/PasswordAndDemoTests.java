package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TasukiApplication;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.internal.AccountSettings;

/**
 * Issue 14, point 9: a password change ends the user's other sessions and revokes their API tokens, is throttled like
 * sign-in, and refuses common and breached passwords; demo mode says so on the sign-in page and refuses a database that
 * holds another organisation.
 */
@IntegrationTest
class PasswordAndDemoTests {

    private static final String STRONG = "kumo-hashi-ringo-7";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AccountSettings settings;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private MvcTestResult change(SignedInUser who, String current, String next) {
        return mvc.post()
                .uri("/settings/password")
                .with(user(who))
                .with(csrf())
                .header("Accept-Language", "ja")
                .param("currentPassword", current)
                .param("newPassword", next)
                .exchange();
    }

    @Test
    void aChangeEndsTheOtherSessionsAndRevokesTheTokens() {
        UserAccount account = users.fresh(Role.MEMBER, Department.MARKETING);
        SignedInUser who = new SignedInUser(account, null);
        settings.issueToken(who, "連携");
        Session other = sessions.createSession();
        other.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, account.email());
        save(other);

        MvcTestResult changed = change(who, TestUsers.PASSWORD, STRONG);

        assertThat(changed).hasStatus3xxRedirection();
        assertThat(sessions.findByPrincipalName(account.email()))
                .as("other sessions")
                .isEmpty();
        assertThat(settings.tokensOf(who)).as("tokens").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <S extends Session> void save(Session session) {
        ((FindByIndexNameSessionRepository<S>) sessions).save((S) session);
    }

    @Test
    void commonAndBreachedPasswordsAreRefused() {
        SignedInUser who = new SignedInUser(users.fresh(Role.MEMBER, Department.MARKETING), null);
        for (String weak : new String[] {"password1234", "qwertyuiopas", "P@ssw0rd2024!", "iloveyou1234"}) {
            assertThat(change(who, TestUsers.PASSWORD, weak))
                    .as(weak)
                    .hasStatusOk()
                    .bodyText()
                    .contains("推測されやすい");
        }
    }

    @Test
    void wrongCurrentPasswordsLockTheChangeAsSignInIs() {
        SignedInUser who = new SignedInUser(users.fresh(Role.MEMBER, Department.MARKETING), null);
        for (int i = 0; i < 5; i++) {
            assertThat(change(who, "not-the-password", STRONG)).bodyText().contains("現在のパスワードが正しくありません");
        }
        assertThat(change(who, TestUsers.PASSWORD, STRONG))
                .as("even the right password, while locked")
                .bodyText()
                .contains("しばらくロックしました");
    }

    @Test
    void theSignInPageSaysDemoModeIsOn() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "ja").exchange())
                .bodyText()
                .contains("data-testid=\"demo-banner\"", "デモモードで動作しています");
    }

    @Test
    void theDemoRefusesToStartOnADatabaseOfAnotherOrganisation() {
        String database = "demo_guard_" + System.nanoTime();
        new SpringApplicationBuilder(TasukiApplication.class)
                .run(
                        "--server.port=0",
                        "--tasuki.demo.enabled=false",
                        "--tasuki.test.fresh-database=" + database,
                        "--tasuki.admin.email=boss@example.com",
                        "--tasuki.admin.password=first-admin-password")
                .close();
        assertThatThrownBy(() -> new SpringApplicationBuilder(TasukiApplication.class)
                        .run(
                                "--server.port=0",
                                "--tasuki.demo.enabled=true",
                                "--tasuki.test.fresh-database=" + database)
                        .close())
                .hasStackTraceContaining("none of its users is a demo user");
    }
}
