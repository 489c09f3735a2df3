package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/** Sign-in through the real filter chain and the real session store in the database. */
@IntegrationTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserAdministration administration;

    @Autowired
    JdbcClient jdbc;

    private Cookie sessionOf(MvcTestResult result) {
        return result.getResponse().getCookie("SESSION");
    }

    private MvcTestResult signIn(Cookie session, String email, String password) {
        var request =
                mvc.post().uri("/login").with(csrf()).param("email", email).param("password", password);
        return (session == null ? request : request.cookie(session)).exchange();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    @Test
    void aDemoUserSignsInGetsANewSessionIdAndSeesTheirHome() {
        Cookie before = sessionOf(mvc.get().uri("/login").exchange());
        assertThat(before)
                .as("the sign-in page starts a session for its CSRF token")
                .isNotNull();

        MvcTestResult signedIn = signIn(before, TestUsers.INSIDE_SALES_MEMBER, TestUsers.PASSWORD);

        assertThat(signedIn).hasStatus3xxRedirection().hasRedirectedUrl("/");
        Cookie after = sessionOf(signedIn);
        assertThat(after.getValue()).as("session id changes at sign-in").isNotEqualTo(before.getValue());
        assertThat(mvc.get().uri("/").cookie(after).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("インサイドセールス部門のホーム");
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        UserAccount user = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        Cookie session = sessionOf(signIn(null, user.email(), TestUsers.PASSWORD));
        assertThat(sessionsOf(user.email())).isEqualTo(1);

        assertThat(mvc.post().uri("/logout").with(csrf()).cookie(session).exchange())
                .hasRedirectedUrl("/login?signedOut");

        assertThat(sessionsOf(user.email())).isZero();
        assertThat(mvc.get().uri("/").cookie(session).exchange())
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndADeactivatedUserFailAlike() {
        UserAccount deactivated = users.fresh(Role.MEMBER, Department.MARKETING);
        administration.deactivate(deactivated.id(), deactivated.version(), users.signedIn(TestUsers.ADMIN));

        for (String[] attempt : new String[][] {
            {users.fresh(Role.MEMBER, Department.MARKETING).email(), "not-the-password"},
            {"nobody-" + System.nanoTime() + "@example.com", TestUsers.PASSWORD},
            {deactivated.email(), TestUsers.PASSWORD}
        }) {
            MvcTestResult result = signIn(null, attempt[0], attempt[1]);
            assertThat(result).as(attempt[0]).hasRedirectedUrl("/login?error");
            assertThat(sessionsOf(attempt[0])).isZero();
        }
    }

    @Test
    void theFailurePageSaysTheSameWhateverFailed() {
        assertThat(mvc.get().uri("/login?error").header("Accept-Language", "ja").exchange())
                .bodyText()
                .contains("メールアドレスまたはパスワードが正しくありません。");
        assertThat(mvc.get()
                        .uri("/login?error")
                        .header("Accept-Language", "en-US")
                        .exchange())
                .bodyText()
                .contains("The email or password is not correct.");
    }

    @Test
    void repeatedFailuresLockSignInEvenWithTheRightPasswordAndForUnknownEmailsToo() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(signIn(null, user.email(), "wrong-password-" + failure)).hasRedirectedUrl("/login?error");
        }
        assertThat(signIn(null, user.email(), TestUsers.PASSWORD)).hasRedirectedUrl("/login?throttled");
        assertThat(signIn(null, user.email().toUpperCase(), TestUsers.PASSWORD))
                .as("emails are compared case-insensitively")
                .hasRedirectedUrl("/login?throttled");
        assertThat(sessionsOf(user.email())).isZero();

        String unknown = "ghost-" + System.nanoTime() + "@example.com";
        for (int failure = 1; failure <= 5; failure++) {
            signIn(null, unknown, "whatever-password");
        }
        assertThat(signIn(null, unknown, "whatever-password"))
                .as("no hint that the email does not exist")
                .hasRedirectedUrl("/login?throttled");
    }

    @Test
    void theChosenLanguageFollowsTheUserAfterSignIn() {
        UserAccount user = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        Cookie session = sessionOf(signIn(null, user.email(), TestUsers.PASSWORD));
        assertThat(mvc.post()
                        .uri("/settings/language")
                        .with(csrf())
                        .cookie(session)
                        .param("language", "en")
                        .exchange())
                .hasRedirectedUrl("/settings");
        assertThat(mvc.post().uri("/logout").with(csrf()).cookie(session).exchange())
                .hasStatus3xxRedirection();

        Cookie next = sessionOf(signIn(null, user.email(), TestUsers.PASSWORD));
        assertThat(mvc.get()
                        .uri("/")
                        .cookie(next)
                        .header("Accept-Language", "ja")
                        .exchange())
                .bodyText()
                .contains("Customer Success home")
                .doesNotContain("カスタマーサクセス部門のホーム");
    }
}
