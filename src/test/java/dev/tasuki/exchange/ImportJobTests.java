package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * Imports as jobs: in the background with their progress through the API, and on the admin page with the mapping screen
 * for columns Tasuki does not know, saved for the next file of the format, and the error report.
 */
@IntegrationTest
@Import(ImportFixtures.class)
class ImportJobTests {

    @Autowired
    ImportFixtures fixtures;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JsonMapper json;

    @Test
    void anAsyncImportAnswers202AndItsProgressThenItsOutcome() throws Exception {
        String u = ImportFixtures.unique();
        StringBuilder file = new StringBuilder("Email,Create Date,Lifecycle Stage\n");
        // Created after the demo organisation, whose tests count the leads created before it as its own.
        for (int i = 0; i < 1200; i++) {
            file.append("async-").append(i).append('-').append(u).append("@example.com,2030-06-01 10:00,lead\n");
        }

        MvcTestResult started = fixtures.post("format=hubspot-contacts&async=true", file.toString());

        assertThat(started)
                .hasStatus(202)
                .bodyJson()
                .extractingPath("$.status")
                .asString()
                .isIn("QUEUED", "RUNNING");
        long id = json.readTree(started.getResponse().getContentAsString())
                .get("id")
                .asLong();
        JsonNode job = poll("/api/v1/imports/" + id);
        assertThat(job.get("status").asString()).isEqualTo("APPLIED");
        assertThat(job.get("created").asInt()).isEqualTo(1200);
        assertThat(job.get("rowsRead").asInt()).isEqualTo(1200);
        assertThat(fixtures.lead("async-1199-" + u + "@example.com")).isPresent();
    }

    @Test
    void unknownColumnsAreMappedOnTheAdminPageAndTheMappingIsKept() throws Exception {
        String u = ImportFixtures.unique();
        String file = "Mail of the person,Create Date,Favourite colour\nmapped-" + u + "@example.com,2026-06-02,blue\n";

        MvcTestResult mapping = upload(file);
        assertThat(mapping).hasStatusOk().bodyText().contains("Mail of the person", "Favourite colour", "email");
        String page = mapping.getResponse().getContentAsString();
        // the encoding detected on upload travels with the form, so the second step does not read the file for it
        assertThat(page).contains("name=\"encoding\" value=\"UTF-8\"");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        MvcTestResult mapped = mvc.post()
                .uri("/admin/imports/mapping")
                .param("format", "hubspot-contacts")
                .param("token", token.group(1))
                .param("fileName", "contacts.csv")
                .param("dryRun", "false")
                .param("applyValidRows", "false")
                .param("map[Mail of the person]", "email")
                .param("map[Favourite colour]", "")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .exchange();
        assertThat(mapped).hasStatus3xxRedirection();
        String jobPage = mapped.getResponse().getRedirectedUrl();
        assertThat(pollPage(jobPage)).contains("data-status=\"APPLIED\"");
        assertThat(fixtures.lead("mapped-" + u + "@example.com")).isPresent();

        MvcTestResult next = upload(file.replace("mapped-", "again-"));
        assertThat(next).as("the mapping is kept for the format").hasStatus3xxRedirection();
        assertThat(pollPage(next.getResponse().getRedirectedUrl())).contains("data-status=\"APPLIED\"");
        assertThat(fixtures.lead("again-" + u + "@example.com")).isPresent();
    }

    @Test
    void theErrorReportIsACsvInTheUsersLanguage() throws Exception {
        MvcTestResult rejected =
                fixtures.post("format=hubspot-contacts", "Email,Create Date\nnot-an-email,2026-06-03\n");
        long id = json.readTree(rejected.getResponse().getContentAsString())
                .get("id")
                .asLong();

        MvcTestResult report = mvc.get()
                .uri("/admin/imports/" + id + "/errors.csv")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .header("Accept-Language", "ja")
                .exchange();

        assertThat(report).hasStatusOk();
        byte[] bytes = report.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xFF).as("a byte-order mark, for Excel").isEqualTo(0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("行,列,内容\r\n2,Email,「not-an-email」はメールアドレスではありません。");

        MvcTestResult member = mvc.get()
                .uri("/admin/imports/" + id)
                .with(user(users.signedIn(TestUsers.MARKETING_MANAGER)))
                .exchange();
        assertThat(member).hasStatus(403);
    }

    private MvcTestResult upload(String file) {
        return mvc.post()
                .uri("/admin/imports")
                .multipart()
                .file(new MockMultipartFile("file", "contacts.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                .param("format", "hubspot-contacts")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
    }

    private JsonNode poll(String uri) throws Exception {
        for (int i = 0; i < 600; i++) {
            MvcTestResult result = mvc.get()
                    .uri(uri)
                    .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                    .exchange();
            JsonNode job = json.readTree(result.getResponse().getContentAsString());
            if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asString())) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within a minute");
    }

    private String pollPage(String uri) throws Exception {
        for (int i = 0; i < 600; i++) {
            String page = mvc.get()
                    .uri(uri)
                    .with(user(users.signedIn(TestUsers.ADMIN)))
                    .header("HX-Request", "true")
                    .exchange()
                    .getResponse()
                    .getContentAsString();
            if (!page.contains("data-status=\"RUNNING\"") && !page.contains("data-status=\"QUEUED\"")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish within a minute");
    }
}
