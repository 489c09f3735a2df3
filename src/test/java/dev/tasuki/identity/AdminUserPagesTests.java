package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

@IntegrationTest
class AdminUserPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserDirectory directory;

    private MockMvcRequestBuilder asAdmin(MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(TestUsers.ADMIN))).with(csrf()).header("Accept-Language", "ja");
    }

    @Test
    void anAdminAddsAUserWhoCanThenSignIn() {
        String email = "new-" + System.nanoTime() + "@tsunagi-cloud.example";
        var created = asAdmin(mvc.post().uri("/admin/users"))
                .param("email", email)
                .param("familyName", "井上")
                .param("givenName", "真央")
                .param("department", "INSIDE_SALES")
                .param("role", "MEMBER")
                .param("password", "kumo-hashi-ringo-7")
                .exchange();

        assertThat(created).hasRedirectedUrl("/admin/users").flash().containsEntry("notice", "user.created");
        UserAccount stored = directory.findByEmail(email).orElseThrow();
        assertThat(stored.name().display()).isEqualTo("井上 真央");
        assertThat(stored.department()).isEqualTo(Department.INSIDE_SALES);
        assertThat(mvc.post()
                        .uri("/login")
                        .with(csrf())
                        .param("email", email)
                        .param("password", "kumo-hashi-ringo-7")
                        .exchange())
                .hasRedirectedUrl("/");
    }

    @Test
    void badInputShowsFieldMessagesInJapaneseAndCreatesNothing() {
        String email = "not-an-email";
        var result = asAdmin(mvc.post().uri("/admin/users"))
                .param("email", email)
                .param("familyName", "")
                .param("department", "")
                .param("role", "MEMBER")
                .param("password", "short")
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("電子メールアドレスとして正しい形式にしてください")
                .contains("12 から 64 の間のサイズにしてください")
                .doesNotContain("Exception");
        assertThat(directory.findByEmail(email)).isEmpty();
    }

    @Test
    void aBrokenRuleIsShownAtItsFieldAndCreatesNothing() {
        String email = "rule-" + System.nanoTime() + "@example.com";
        var result = asAdmin(mvc.post().uri("/admin/users"))
                .param("email", email)
                .param("familyName", "部門")
                .param("department", "")
                .param("role", "MANAGER")
                .param("password", "kumo-hashi-ringo-7")
                .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("メンバーとマネージャーには部門が必要です。");
        assertThat(directory.findByEmail(email)).isEmpty();
    }

    @Test
    void aStaleEditShowsWhatSomeoneElseChanged() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);
        int openedAt = user.version();
        asAdmin(mvc.post().uri("/admin/users/" + user.id()))
                .param("email", user.email())
                .param("familyName", "先に")
                .param("givenName", "保存")
                .param("department", "MARKETING")
                .param("role", "MEMBER")
                .param("version", String.valueOf(openedAt))
                .exchange();

        var stale = asAdmin(mvc.post().uri("/admin/users/" + user.id()))
                .param("email", user.email())
                .param("familyName", "後から")
                .param("givenName", "保存")
                .param("department", "FIELD_SALES")
                .param("role", "MEMBER")
                .param("version", String.valueOf(openedAt))
                .exchange();

        assertThat(stale)
                .hasStatusOk()
                .bodyText()
                .contains("他の人が変更しました")
                .contains("先に")
                .contains("後から");
        UserAccount stored = directory.get(user.id());
        assertThat(stored.name().familyName()).isEqualTo("先に");
        assertThat(stored.department()).isEqualTo(Department.MARKETING);
    }

    @Test
    void theLastActiveAdminCannotBeDemoted() {
        // Only one active admin may remain in this scenario: the demo admin edits a second admin, then
        // tries to demote themself, which is refused; with two admins, demoting the other one is fine.
        UserAccount other = users.fresh(Role.ADMIN, null);
        var demoted = asAdmin(mvc.post().uri("/admin/users/" + other.id()))
                .param("email", other.email())
                .param("familyName", "試験")
                .param("department", "")
                .param("role", "EXECUTIVE")
                .param("version", String.valueOf(other.version()))
                .exchange();
        assertThat(demoted).hasRedirectedUrl("/admin/users");
        assertThat(directory.get(other.id()).role()).isEqualTo(Role.EXECUTIVE);
    }

    @Test
    void deactivatingFromTheEditPage() {
        UserAccount user = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        var result = asAdmin(mvc.post().uri("/admin/users/" + user.id() + "/deactivate"))
                .param("version", String.valueOf(user.version()))
                .exchange();
        assertThat(result)
                .hasRedirectedUrl("/admin/users/" + user.id())
                .flash()
                .containsEntry("notice", "user.deactivated");
        assertThat(mvc.get()
                        .uri("/admin/users/" + user.id())
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .header("Accept-Language", "ja")
                        .exchange())
                .bodyText()
                .contains("無効");
    }

    @Test
    void anUnknownUserIsA404WithAMessage() {
        assertThat(mvc.get()
                        .uri("/admin/users/987654321")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .header("Accept-Language", "ja")
                        .exchange())
                .hasStatus(404)
                .bodyText()
                .contains("ユーザー（ID 987654321）が見つかりません。");
    }
}
