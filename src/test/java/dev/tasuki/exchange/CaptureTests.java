package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.exchange.internal.CaptureForm;
import dev.tasuki.exchange.internal.Captures;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * The public lead-capture endpoint: without signing in, a form with its key creates or updates a lead with the form's
 * source; a missing or unknown key, a filled honeypot and too many posts from one address are refused.
 */
@IntegrationTest
@Import(ImportFixtures.class)
class CaptureTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Captures captures;

    @Autowired
    TestUsers users;

    @Autowired
    ImportFixtures fixtures;

    private CaptureForm form() {
        return captures.create("資料請求フォーム", LeadSource.CONTENT_DOWNLOAD, null, users.signedIn(TestUsers.ADMIN));
    }

    private MvcTestResult post(String key, String address, String... fields) {
        var request = mvc.post().uri("/api/v1/capture/" + key).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void aFormPostWithoutSignInCreatesTheLeadAndASecondOneUpdatesIt() {
        CaptureForm form = form();
        String email = "capture-" + ImportFixtures.unique() + "@example.com";

        MvcTestResult created = post(form.key(), "192.0.2.10", "familyName", "青木", "email", email, "companyName", "青木商店");
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("CREATED");
        Lead lead = fixtures.lead(email).orElseThrow();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(lead.source()).isEqualTo(LeadSource.CONTENT_DOWNLOAD);
        assertThat(lead.companyName()).isEqualTo("青木商店");

        MvcTestResult json = mvc.post().uri("/api/v1/capture/" + form.key()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"title\":\"部長\"}").exchange();
        assertThat(json).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UPDATED");
        Lead updated = fixtures.lead(email).orElseThrow();
        assertThat(updated.id()).isEqualTo(lead.id());
        assertThat(updated.title()).isEqualTo("部長");
        assertThat(updated.companyName()).as("kept").isEqualTo("青木商店");
    }

    @Test
    void aMissingOrUnknownKeyIsRefused() {
        assertThat(post("", "192.0.2.11", "email", "nobody@example.com")).as("no key").hasStatus4xxClientError();
        assertThat(post("not-a-key", "192.0.2.11", "email", "nobody@example.com")).hasStatus(404);
        assertThat(fixtures.lead("nobody@example.com")).isEmpty();
    }

    @Test
    void aFilledHoneypotIsRefusedAndWritesNothing() {
        CaptureForm form = form();
        String email = "bot-" + ImportFixtures.unique() + "@example.com";

        MvcTestResult bot = post(form.key(), "192.0.2.12", "email", email, Captures.HONEYPOT, "http://spam.example");

        assertThat(bot).hasStatus(422).bodyJson().extractingPath("$.status").isEqualTo("HONEYPOT");
        assertThat(fixtures.lead(email)).isEmpty();
    }

    @Test
    void oneAddressPostsAtMostTenTimesAMinute() {
        CaptureForm form = form();
        String u = ImportFixtures.unique();
        for (int i = 0; i < Captures.PER_MINUTE; i++) {
            assertThat(post(form.key(), "198.51.100.7", "email", "burst-" + i + "-" + u + "@example.com")).hasStatus(201);
        }

        assertThat(post(form.key(), "198.51.100.7", "email", "burst-x-" + u + "@example.com")).hasStatus(429);
        assertThat(post(form.key(), "198.51.100.8", "email", "other-" + u + "@example.com")).as("another address").hasStatus(201);
    }

    @Test
    void theAdminPageShowsTheSnippetWithTheKeyAndTheHoneypot() {
        CaptureForm form = form();

        MvcTestResult page = mvc.get().uri("/admin/capture").with(user(users.signedIn(TestUsers.ADMIN))).exchange();

        assertThat(page).hasStatusOk().bodyText().contains("/api/v1/capture/" + form.key(), "name=&quot;website&quot;");
        assertThat(mvc.post().uri("/admin/capture").param("name", "展示会フォーム").param("source", "EXHIBITION")
                .with(user(users.signedIn(TestUsers.ADMIN))).with(csrf()).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/capture").with(user(users.signedIn(TestUsers.MARKETING_MANAGER))).exchange()).hasStatus(403);
    }
}
