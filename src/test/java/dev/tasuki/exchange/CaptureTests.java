package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.exchange.internal.CaptureForm;
import dev.tasuki.exchange.internal.Captures;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * The public lead-capture endpoint: without signing in, a form with its key creates or updates a lead with the form's
 * source; a missing or unknown key, a filled honeypot and too many posts from one address are refused. CORS is answered
 * for a form's allowed origins only, and for no other endpoint.
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
        return captures.create("資料請求フォーム", LeadSource.CONTENT_DOWNLOAD, null, null, users.signedIn(TestUsers.ADMIN));
    }

    private MvcTestResult post(String key, String address, String... fields) {
        var request = mvc.post()
                .uri("/api/v1/capture/" + key)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
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

        MvcTestResult created =
                post(form.key(), "192.0.2.10", "familyName", "青木", "email", email, "companyName", "青木商店");
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("CREATED");
        Lead lead = fixtures.lead(email).orElseThrow();
        assertThat(lead.stage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(lead.source()).isEqualTo(LeadSource.CONTENT_DOWNLOAD);
        assertThat(lead.companyName()).isEqualTo("青木商店");

        MvcTestResult json = mvc.post()
                .uri("/api/v1/capture/" + form.key())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"title\":\"部長\"}")
                .exchange();
        assertThat(json).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UPDATED");
        Lead updated = fixtures.lead(email).orElseThrow();
        assertThat(updated.id()).isEqualTo(lead.id());
        assertThat(updated.title()).isEqualTo("部長");
        assertThat(updated.companyName()).as("kept").isEqualTo("青木商店");
    }

    @Autowired
    dev.tasuki.EventRecorder events;

    @Autowired
    dev.tasuki.customer.Timeline timeline;

    @Test
    void aStrangerNeverOverwritesWhatTheCompanyKnowsAndTheSubmissionWaitsForReview() {
        // issue 14, point 7: a post with a known lead's email once rewrote its company name
        CaptureForm form = form();
        String email = "known-" + ImportFixtures.unique() + "@example.com";
        post(form.key(), "192.0.2.20", "familyName", "青木", "email", email, "companyName", "青木商店");
        Lead lead = fixtures.lead(email).orElseThrow();

        MvcTestResult again = post(
                form.key(),
                "192.0.2.21",
                "familyName",
                "偽名",
                "email",
                email,
                "companyName",
                "乗っ取り株式会社",
                "phone",
                "03-0000-0000");

        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UPDATED");
        Lead after = fixtures.lead(email).orElseThrow();
        assertThat(after.companyName()).as("what the company knows").isEqualTo("青木商店");
        assertThat(after.name().familyName()).isEqualTo("青木");
        assertThat(after.phone()).as("an empty field is filled").isEqualTo("03-0000-0000");
        assertThat(events.all(dev.tasuki.relay.CaptureSubmittedForKnownLead.class).stream()
                        .filter(submitted -> submitted.leadId() == lead.id()))
                .singleElement()
                .satisfies(submitted -> {
                    assertThat(submitted.leadId()).isEqualTo(lead.id());
                    assertThat(submitted.filledFields()).containsExactly("phone");
                    assertThat(submitted.submitted()).contains("乗っ取り株式会社", "偽名");
                });
        assertThat(timeline.ofLead(lead.id(), 5)).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineKind.CAPTURE_SUBMITTED);
            assertThat(entry.detail()).contains("乗っ取り株式会社");
        });
    }

    @Test
    void aPhoneLongerThanItsColumnIsRefusedAsInvalidNotA500() {
        // issue 13, point 8: the capture once let 100 characters through to phone varchar(40)
        CaptureForm form = form();
        String email = "long-phone-" + ImportFixtures.unique() + "@example.com";
        MvcTestResult answer = post(form.key(), "192.0.2.30", "email", email, "phone", "0".repeat(41));
        assertThat(answer).hasStatus(422).bodyJson().extractingPath("$.status").isEqualTo("INVALID");
        assertThat(fixtures.lead(email)).isEmpty();
        assertThat(post(form.key(), "192.0.2.30", "email", email, "phone", "0".repeat(40)))
                .hasStatus(201);
    }

    @Test
    void aMissingOrUnknownKeyIsRefused() {
        assertThat(post("", "192.0.2.11", "email", "nobody@example.com"))
                .as("no key")
                .hasStatus4xxClientError();
        assertThat(post("not-a-key", "192.0.2.11", "email", "nobody@example.com"))
                .hasStatus(404);
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
            assertThat(post(form.key(), "198.51.100.7", "email", "burst-" + i + "-" + u + "@example.com"))
                    .hasStatus(201);
        }

        assertThat(post(form.key(), "198.51.100.7", "email", "burst-x-" + u + "@example.com"))
                .hasStatus(429)
                .headers()
                .hasValue("Retry-After", "60");
        assertThat(post(form.key(), "198.51.100.8", "email", "other-" + u + "@example.com"))
                .as("another address")
                .hasStatus(201);
    }

    @Test
    void theAdminPageShowsTheSnippetWithTheKeyAndTheHoneypot() {
        CaptureForm form = form();

        MvcTestResult page = mvc.get()
                .uri("/admin/capture")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .exchange();

        assertThat(page).hasStatusOk().bodyText().contains("/api/v1/capture/" + form.key(), "name=&quot;website&quot;");
        assertThat(mvc.post()
                        .uri("/admin/capture")
                        .param("name", "展示会フォーム")
                        .param("source", "EXHIBITION")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/admin/capture")
                        .with(user(users.signedIn(TestUsers.MARKETING_MANAGER)))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void aFormsAllowedOriginMayPostWithFetchAndAnotherOriginIsRefused() {
        CaptureForm form = captures.create(
                "採用サイトのフォーム", LeadSource.INQUIRY, null, "https://www.example.co.jp", users.signedIn(TestUsers.ADMIN));
        String email = "cors-" + ImportFixtures.unique() + "@example.com";

        MvcTestResult preflight = preflight("/api/v1/capture/" + form.key(), "https://www.example.co.jp");
        assertThat(preflight)
                .hasStatusOk()
                .headers()
                .hasValue("Access-Control-Allow-Origin", "https://www.example.co.jp");
        assertThat(preflight).headers().containsHeader("Access-Control-Allow-Methods");
        assertThat(preflight).headers().hasValue("Access-Control-Allow-Headers", "content-type");
        MvcTestResult refusedPreflight = preflight("/api/v1/capture/" + form.key(), "https://evil.example");
        assertThat(refusedPreflight).hasStatus(403).headers().doesNotContainHeader("Access-Control-Allow-Origin");

        MvcTestResult allowed = fetch(form.key(), "https://www.example.co.jp", email, "192.0.2.20");
        assertThat(allowed)
                .hasStatus(201)
                .headers()
                .hasValue("Access-Control-Allow-Origin", "https://www.example.co.jp");
        MvcTestResult refused = fetch(form.key(), "https://evil.example", "evil-" + email, "192.0.2.21");
        assertThat(refused).hasStatus(403).headers().doesNotContainHeader("Access-Control-Allow-Origin");
        assertThat(fixtures.lead("evil-" + email))
                .as("nothing written for a refused origin")
                .isEmpty();
    }

    @Test
    void otherEndpointsAndFormsWithoutOriginsAnswerNoCors() {
        CaptureForm form = form();
        CaptureForm listed = captures.create(
                "展示会フォーム", LeadSource.EXHIBITION, null, "https://www.example.co.jp", users.signedIn(TestUsers.ADMIN));

        assertThat(preflight("/api/v1/capture/" + form.key(), "https://www.example.co.jp"))
                .headers()
                .doesNotContainHeader("Access-Control-Allow-Origin");
        assertThat(preflight("/api/v1/leads", "https://www.example.co.jp"))
                .headers()
                .doesNotContainHeader("Access-Control-Allow-Origin");
        assertThat(preflight("/api/v1/capture/" + listed.key() + "/x", "https://www.example.co.jp"))
                .headers()
                .doesNotContainHeader("Access-Control-Allow-Origin");
        String email = "plain-" + ImportFixtures.unique() + "@example.com";
        assertThat(mvc.post()
                        .uri("/api/v1/capture/" + form.key())
                        .header("Origin", "https://anywhere.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("email", email)
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.22");
                            return r;
                        })
                        .exchange())
                .as("a plain form post to a form without origins, as before")
                .hasStatus(201);
    }

    @Test
    void originsAreSavedAsBrowsersSendThemAndAnythingElseIsRefused() {
        CaptureForm form = form();

        captures.setAllowedOrigins(
                form.id(),
                "HTTPS://WWW.Example.co.jp/, https://lp.example.co.jp:443\nhttp://localhost:8080",
                users.signedIn(TestUsers.ADMIN));

        assertThat(captures.forms().stream()
                        .filter(f -> f.id() == form.id())
                        .findFirst()
                        .orElseThrow()
                        .allowedOrigins())
                .containsExactly("https://www.example.co.jp", "https://lp.example.co.jp", "http://localhost:8080");
        for (String bad : List.of(
                "https://www.example.co.jp/contact",
                "*",
                "https://*.example.co.jp",
                "ftp://example.co.jp",
                "www.example.co.jp")) {
            assertThatThrownBy(() -> captures.setAllowedOrigins(form.id(), bad, users.signedIn(TestUsers.ADMIN)))
                    .as(bad)
                    .isInstanceOf(ExchangeRefused.class);
        }
        MvcTestResult saved = mvc.post()
                .uri("/admin/capture/" + form.id() + "/origins")
                .param("allowedOrigins", "https://a.example.jp")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/admin/capture")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .bodyText()
                .contains("https://a.example.jp");
    }

    private MvcTestResult preflight(String path, String origin) {
        return mvc.options()
                .uri(path)
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .exchange();
    }

    private MvcTestResult fetch(String key, String origin, String email, String address) {
        return mvc.post()
                .uri("/api/v1/capture/" + key)
                .header("Origin", origin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .exchange();
    }
}
