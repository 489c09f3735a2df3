package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/** The users API of the working-together contract: anyone lists, admins add. */
@IntegrationTest
class UserApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDirectory directory;

    private MvcTestResult add(String as, String body) {
        return mvc.post()
                .uri("/api/v1/users")
                .with(httpBasic(as, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    @Test
    void anAdminAddsAManagerWhoCanThenSignIn() {
        String email = "api-" + UUID.randomUUID() + "@tsunagi-cloud.example";
        MvcTestResult created = add(TestUsers.ADMIN, """
                {"email": "%s", "name": "山本 健太", "department": "INSIDE_SALES", "role": "MANAGER",
                 "password": "kenta-yamamoto-2026"}
                """.formatted(email));

        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.name").isEqualTo("山本 健太");
        assertThat(created).bodyJson().extractingPath("$.familyName").isEqualTo("山本");
        assertThat(created).bodyJson().extractingPath("$.department").isEqualTo("INSIDE_SALES");
        UserAccount stored = directory.findByEmail(email).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.MANAGER);
        assertThat(mvc.get()
                        .uri("/api/v1/me")
                        .with(httpBasic(email, "kenta-yamamoto-2026"))
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/users?department=INSIDE_SALES")
                        .with(httpBasic(TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(email)
                .doesNotContain("password");
    }

    @Test
    void onlyAnAdminAddsAndTheRoleIsCheckedBeforeTheBody() {
        assertThat(add(TestUsers.MARKETING_MANAGER, "{\"email\": \"not valid\"}"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(403);
    }

    @Test
    void badInputIsNamedInTheAnswer() {
        assertThat(add(TestUsers.ADMIN, """
                        {"email": "x-%s@tsunagi-cloud.example", "role": "MEMBER", "department": "MARKETING",
                         "password": "short"}
                        """.formatted(UUID.randomUUID())))
                .hasStatus(400)
                .bodyText()
                .contains("password", "named");
        assertThat(add(TestUsers.ADMIN, """
                        {"email": "x-%s@tsunagi-cloud.example", "name": "山本", "role": "GOD",
                         "password": "long-enough-2026"}
                        """.formatted(UUID.randomUUID())))
                .hasStatus(400)
                .bodyText()
                .contains("MEMBER, MANAGER, EXECUTIVE, ADMIN");
        assertThat(add(TestUsers.ADMIN, """
                        {"email": "%s", "name": "重複", "role": "EXECUTIVE", "password": "long-enough-2026"}
                        """.formatted(TestUsers.EXECUTIVE))).hasStatus(409);
        assertThat(add(TestUsers.ADMIN, """
                        {"email": "x-%s@tsunagi-cloud.example", "name": "部門なし", "role": "MEMBER",
                         "password": "long-enough-2026"}
                        """.formatted(UUID.randomUUID()))).hasStatus(422);
    }
}
