package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

@IntegrationTest
class SecurityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/settings", "/admin/users", "/swagger-ui.html", "/v3/api-docs", "/actuator/info"})
    void pagesNeedSignIn(String path) {
        assertThat(mvc.get().uri(path).exchange())
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void healthIsPublicAndSaysNoMore() {
        assertThat(mvc.get().uri("/actuator/health").exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health").exchange()).bodyText().doesNotContain("components");
    }

    @Autowired
    org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups healthGroups;

    @Test
    void livenessAndReadinessAreSeparatePublicProbesAndReadinessAsksTheDatabase() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            assertThat(mvc.get().uri(probe).exchange())
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.status")
                    .isEqualTo("UP");
        }
        assertThat(healthGroups.getPrimary().isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db"))
                .as("a restart does not bring a database back")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestUsers.MARKETING_MEMBER, TestUsers.MARKETING_MANAGER, TestUsers.EXECUTIVE})
    void onlyAdminsReachUserAdministration(String email) {
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .with(user(users.signedIn(email)))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user(users.signedIn(email)))
                        .with(csrf())
                        .param("email", "x@example.com")
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/admin/users")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/settings/language")
                        .param("language", "en")
                        .with(user(users.signedIn(TestUsers.MARKETING_MEMBER)))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/login")
                        .param("email", TestUsers.ADMIN)
                        .param("password", TestUsers.PASSWORD)
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theApiWithoutCredentialsAnswers401ProblemJsonInTheCallersLanguage() {
        var japanese = mvc.get().uri("/api/v1/me").exchange();
        assertThat(japanese).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(japanese).hasHeader("WWW-Authenticate", "Bearer realm=\"Tasuki\"");
        assertThat(japanese).bodyJson().extractingPath("$.title").isEqualTo("認証が必要です");
        assertThat(japanese).bodyJson().extractingPath("$.status").isEqualTo(401);

        var english = mvc.get()
                .uri("/api/v1/me")
                .header("Accept-Language", "en-US,en;q=0.9")
                .exchange();
        assertThat(english).bodyJson().extractingPath("$.title").isEqualTo("Authentication required");
    }

    @Test
    void theApiAcceptsHttpBasicAndRefusesAWrongPassword() {
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.department")
                .isEqualTo("FIELD_SALES");
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .with(httpBasic(
                                users.fresh(Role.MEMBER, Department.MARKETING).email(), "wrong-password"))
                        .exchange())
                .hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void onlyAClientThatAskedForBasicIsChallengedWithIt() {
        // A browser shown a Basic challenge asks for the password and then sends it with cross-site posts too.
        assertThat(mvc.get().uri("/api/v1/me").exchange())
                .hasStatus(401)
                .headers()
                .hasValue("WWW-Authenticate", "Bearer realm=\"Tasuki\"");
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, "wrong-password"))
                        .exchange())
                .hasStatus(401)
                .headers()
                .hasValue("WWW-Authenticate", "Basic realm=\"Tasuki\", Bearer realm=\"Tasuki\"");
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .header("X-Requested-With", "curl")
                        .exchange())
                .headers()
                .hasValue("WWW-Authenticate", "Basic realm=\"Tasuki\", Bearer realm=\"Tasuki\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: same-site", "Origin: http://evil.example"})
    void aStateChangingCallFromAPageOfAnotherSiteIsRefused(String header) {
        String[] nameAndValue = header.split(": ");
        var refused = mvc.post()
                .uri("/api/v1/leads")
                .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD))
                .header(nameAndValue[0], nameAndValue[1])
                .header("Accept-Language", "en")
                .contentType(MediaType.TEXT_PLAIN)
                .content("{\"familyName\":\"攻撃\",\"email\":\"csrf@evil.example\",\"source\":\"OTHER\"}")
                .exchange();
        assertThat(refused).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("another site");
    }

    @Test
    void theApiStillTakesCallsFromItsOwnOriginAndFromPrograms() {
        assertThat(mvc.post()
                        .uri("/api/v1/kpi/rebuild")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin")
                        .exchange())
                .hasStatus(204);
        assertThat(mvc.post()
                        .uri("/api/v1/kpi/rebuild")
                        .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                        .exchange())
                .hasStatus(204);
    }

    @Test
    void theApiKeepsNoSession() {
        var result = mvc.get()
                .uri("/api/v1/me")
                .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD))
                .exchange();
        assertThat(result.getResponse().getCookie("SESSION")).isNull();
    }

    @Test
    void pagesCarrySecurityHeaders() {
        var result = mvc.get().uri("/login").exchange();
        assertThat(result).hasHeader("X-Content-Type-Options", "nosniff").hasHeader("X-Frame-Options", "DENY");
        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void signedInUsersReadTheApiDocumentation() {
        var docs = mvc.get()
                .uri("/v3/api-docs")
                .with(user(users.signedIn(TestUsers.MARKETING_MEMBER)))
                .exchange();
        assertThat(docs)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths['/api/v1/me'].get")
                .isNotNull();
    }

    @Test
    void userTextIsEscaped() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);
        // A name is shown on the admin list; markup typed into it must come out as text.
        var admin = users.signedIn(TestUsers.ADMIN);
        mvc.post()
                .uri("/admin/users/" + user.id())
                .with(user(admin))
                .with(csrf())
                .param("email", user.email())
                .param("familyName", "<script>alert(1)</script>")
                .param("givenName", "太郎")
                .param("department", "MARKETING")
                .param("role", "MEMBER")
                .param("version", String.valueOf(user.version()))
                .exchange();
        assertThat(mvc.get().uri("/admin/users").with(user(admin)).exchange())
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }
}
