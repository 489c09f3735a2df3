package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.SendHandoff;

/**
 * Issue 14, point 3: a page of another site (served here from 127.0.0.1 on another port, while Tasuki is at localhost)
 * posts a form with enctype=text/plain to the API after the victim's browser was given their HTTP Basic credentials. It
 * once accepted a handoff as the victim; now the browser is never challenged for Basic, and the post, which carries
 * Sec-Fetch-Site: cross-site, is refused.
 */
@BrowserTest
class CrossSiteBrowserTests {

    @RegisterExtension
    static Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    TestUsers users;

    private HttpServer attacker;

    @AfterEach
    void stopAttacker() {
        if (attacker != null) {
            attacker.stop(0);
        }
    }

    @Test
    void aCrossSiteFormPostCannotAcceptAHandoffAsTheVictim() throws IOException {
        Handoff pending = pendingHandoffToInsideSales();
        String target = "http://localhost:" + port + "/api/v1/handoffs/" + pending.id() + "/accept";
        int attackerPort = serveAttackerPage("""
                <!DOCTYPE html><html><body>
                <form id="attack" method="post" enctype="text/plain" action="%s">
                <input type="hidden" name='{"note":"' value='"}'></form>
                <script>document.getElementById('attack').submit();</script>
                </body></html>""".formatted(target));
        WebDriver driver = browser.driver();

        // The victim opens the API in the browser with their password, as someone trying it out would.
        String credentials =
                URLEncoder.encode(TestUsers.INSIDE_SALES_MEMBER, StandardCharsets.UTF_8) + ":" + TestUsers.PASSWORD;
        driver.get("http://" + credentials + "@localhost:" + port + "/api/v1/me");
        // Later they visit the attacker's page, which posts the form at once.
        driver.get("http://127.0.0.1:" + attackerPort + "/");
        browser.waiting().until(ExpectedConditions.urlContains("/accept"));
        String answer = driver.findElement(By.tagName("body")).getText();

        assertThat(answer).containsAnyOf("\"status\":403", "\"status\":401");
        assertThat(handoffs.get(pending.id()).status())
                .as("the handoff is still waiting for Inside Sales")
                .isEqualTo(HandoffStatus.PENDING);
    }

    private Handoff pendingHandoffToInsideSales() {
        var marketing = users.signedIn(TestUsers.MARKETING_MEMBER);
        Lead lead = leads.create(
                new LeadDetails(
                        "横山",
                        "翼",
                        null,
                        null,
                        "cross-site-" + System.nanoTime() + "@example.com",
                        null,
                        "株式会社クロスサイト",
                        null,
                        null,
                        null,
                        null,
                        LeadSource.INQUIRY,
                        null,
                        null),
                marketing);
        return handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "資料請求", null, null), marketing);
    }

    private int serveAttackerPage(String html) throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        attacker.start();
        return attacker.getAddress().getPort();
    }
}
