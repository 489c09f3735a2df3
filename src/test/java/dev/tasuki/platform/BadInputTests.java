package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 8: the bad inputs the attack run found, each answered with a problem JSON of 400, 404 or 422 or a
 * form error in the user's language, never a 500 or a truncated page, and changing nothing.
 */
@IntegrationTest
class BadInputTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private MvcTestResult api(String email, String method, String uri, String body) {
        var request = (method.equals("POST") ? mvc.post() : mvc.put())
                .uri(uri)
                .with(user(users.signedIn(email)))
                .header("Accept-Language", "ja")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return request.exchange();
    }

    private long account() {
        return jdbc.sql("select min(id) from account").query(Long.class).single();
    }

    @Test
    void aDealForAnAccountThatDoesNotExistIsNotFound() {
        MvcTestResult answer = api(TestUsers.FIELD_SALES_MEMBER, "POST", "/api/v1/deals", """
                {"accountId":987654321,"name":"x","type":"NEW","amount":1,"mrr":1,"term":"MONTHLY",
                 "expectedCloseOn":"2026-06-30"}""");
        assertThat(answer).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.detail").asString().contains("987654321");
    }

    @Test
    void aLeadOfACampaignThatDoesNotExistIsNotFound() {
        String lead = """
                {"familyName":"森","email":"bad-campaign-%d@example.com","source":"WEBINAR","campaignId":987654321}""";
        MvcTestResult answer =
                api(TestUsers.MARKETING_MANAGER, "POST", "/api/v1/leads", lead.formatted(System.nanoTime()));
        assertThat(answer).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anActivityOnALeadThatDoesNotExistIsNotFoundAndNotLogged() {
        int before =
                jdbc.sql("select count(*) from activity").query(Integer.class).single();
        MvcTestResult answer = api(TestUsers.INSIDE_SALES_MEMBER, "POST", "/api/v1/activities", """
                {"leadId":987654321,"kind":"CALL","subject":"架電"}""");
        assertThat(answer).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.detail").isEqualTo("リード（ID 987654321）が見つかりません。");
        assertThat(jdbc.sql("select count(*) from activity")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void mrrLevelsFarInThePastOrFutureAreRefused() {
        for (String day : new String[] {"-999999-01-01", "9999-12-31", "1899-12-31", "2200-01-01"}) {
            MvcTestResult answer = api(
                    TestUsers.CUSTOMER_SUCCESS_MEMBER,
                    "POST",
                    "/api/v1/accounts/" + account() + "/mrr/levels",
                    "{\"effectiveOn\":\"%s\",\"mrr\":1000}".formatted(day));
            assertThat(answer).as(day).hasStatus(400);
        }
    }

    @Test
    void someoneWhoMayNotRunCampaignsIsToldSoBeforeTheirCampaignIsValidated() {
        // point 11: an invalid campaign from an Inside Sales member is refused for who they are, not for its fields
        String invalid = "{\"name\":\"\"}";
        MvcTestResult member = api(TestUsers.INSIDE_SALES_MEMBER, "POST", "/api/v1/campaigns", invalid);
        assertThat(member).hasStatus(403);
        assertThat(member).bodyJson().extractingPath("$.detail").isEqualTo("キャンペーンを作成・変更できるのはマーケティング部門と管理者です。");
        MvcTestResult executive = api(TestUsers.EXECUTIVE, "POST", "/api/v1/campaigns", invalid);
        assertThat(executive).hasStatus(403);
        assertThat(executive).bodyJson().extractingPath("$.detail").isEqualTo("経営層のアカウントは閲覧専用です。");
        assertThat(api(TestUsers.MARKETING_MANAGER, "POST", "/api/v1/campaigns", invalid))
                .hasStatus(400);
    }

    @Test
    void aTargetDerivedFromAnAstronomicalValueIsRefused() {
        assertThat(mvc.get()
                        .uri("/api/v1/kpi/targets/derive?metric=LEAD&value=1e400")
                        .with(user(users.signedIn(TestUsers.EXECUTIVE)))
                        .exchange())
                .hasStatus(422)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownApiPathAnswersProblemJsonNotBootsErrorBody() {
        // MockMvc does not forward to /error; ErrorPagesTests checks the real server's answer.
        assertThat(mvc.get()
                        .uri("/api/v1/no-such-thing")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void pageFormsShowWhatCannotBeReadAsFieldErrors() {
        MvcTestResult deal = mvc.post()
                .uri("/deals")
                .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .param("accountId", String.valueOf(account()))
                .param("name", "文字の金額")
                .param("type", "NEW")
                .param("amount", "abc")
                .param("mrr", "99999999999999999999")
                .param("term", "MONTHLY")
                .param("expectedCloseOn", "abc")
                .exchange();
        assertThat(deal).hasStatusOk().bodyText().contains("文字の金額", "abc", "field-error");

        MvcTestResult role = mvc.post()
                .uri("/admin/users")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .param("email", "god-%d@example.com".formatted(System.nanoTime()))
                .param("familyName", "神")
                .param("role", "GOD")
                .param("password", "a-long-enough-password")
                .exchange();
        assertThat(role).hasStatusOk().bodyText().contains("field-error");

        MvcTestResult lead = mvc.post()
                .uri("/leads")
                .with(user(users.signedIn(TestUsers.MARKETING_MANAGER)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .param("familyName", "森")
                .param("source", "NOPE")
                .exchange();
        assertThat(lead).hasStatusOk().bodyText().contains("field-error");

        MvcTestResult level = mvc.post()
                .uri("/customers/" + account() + "/mrr")
                .with(user(users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .param("effectiveOn", "abc")
                .param("mrr", "1000")
                .exchange();
        assertThat(level).hasStatusOk().bodyText().contains("</html>");
    }

    @Test
    void anUnbalancedQuoteInTheHeaderIsAClearRefusalAndLeavesNoUploadBehind() throws IOException {
        Set<Path> before = keptUploads();
        MvcTestResult answer = mvc.post()
                .uri("/admin/imports")
                .multipart()
                .file(new MockMultipartFile(
                        "file",
                        "contacts.csv",
                        "text/csv",
                        "Email,\"Create Date\nx@example.com,2026-01-01\n".getBytes(StandardCharsets.UTF_8)))
                .param("format", "hubspot-contacts")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(answer).hasStatus(422).bodyText().contains("見出し行を読めません");
        assertThat(keptUploads()).as("the upload is deleted").isSubsetOf(before);
    }

    private static Set<Path> keptUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("tasuki-import-"))
                    .collect(Collectors.toSet());
        }
    }
}
