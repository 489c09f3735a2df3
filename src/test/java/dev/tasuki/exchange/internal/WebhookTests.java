package dev.tasuki.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;

/**
 * Webhooks delivered to a real HTTP server on loopback (allowed by the admin setting the tests turn on), which checks
 * the Standard Webhooks signature itself; retries after a failure and sending again by hand keep the message id; the
 * SSRF guard refuses private targets when the setting is off, both when an endpoint is saved and when a message is sent
 * (the addresses the client connects to are the ones it checked).
 */
@IntegrationTest
class WebhookTests {

    record Received(Map<String, String> headers, String body) {}

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    WebhookStore store;

    @Autowired
    Leads leads;

    @Autowired
    TestUsers testUsers;

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger answer = new AtomicInteger(200);
    SignedInUser admin;

    @BeforeEach
    void startReceiver() throws IOException {
        admin = testUsers.signedIn(TestUsers.ADMIN);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    Map.of(
                            "id",
                            exchange.getRequestHeaders().getFirst("webhook-id"),
                            "timestamp",
                            exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                            "signature",
                            exchange.getRequestHeaders().getFirst("webhook-signature")),
                    body));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
        webhooks.allowPrivateTargets(true, admin);
    }

    @AfterEach
    void stopReceiver() {
        webhooks.endpoints().forEach(endpoint -> webhooks.setActive(endpoint.id(), false, admin));
        webhooks.allowPrivateTargets(false, admin);
        server.stop(0);
    }

    private WebhookEndpoint endpoint() {
        return endpoint("127.0.0.1");
    }

    private WebhookEndpoint endpoint(String host) {
        String url = "http://" + host + ":" + server.getAddress().getPort() + "/hook";
        webhooks.add(url, List.of(WebhookEvent.LEAD_CREATED), admin);
        return webhooks.endpoints().stream()
                .filter(endpoint -> endpoint.url().equals(url))
                .findFirst()
                .orElseThrow();
    }

    private Lead newLead(String email) {
        return leads.create(
                new LeadDetails(
                        "工藤",
                        "新",
                        null,
                        null,
                        email,
                        null,
                        "工藤商事",
                        null,
                        null,
                        null,
                        null,
                        LeadSource.INQUIRY,
                        null,
                        null),
                testUsers.signedIn(TestUsers.MARKETING_MEMBER));
    }

    private Received receivedFor(Lead lead) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            dispatcher.deliverDue();
            for (Received message : received) {
                if (message.body().contains("\"leadId\":" + lead.id() + ",")) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message for lead " + lead.id());
    }

    /** The receiver's own check, as the specification describes it, not Tasuki's code. */
    private static boolean signedWith(String secret, Received message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal((message.headers().get("id") + "."
                                        + message.headers().get("timestamp") + "." + message.body())
                                .getBytes(StandardCharsets.UTF_8)));
        return expected.equals(message.headers().get("signature"));
    }

    @Test
    void aNewLeadIsDeliveredSignedAndLogged() throws Exception {
        WebhookEndpoint endpoint = endpoint();
        String email = "hook-" + System.nanoTime() + "@example.com";

        Lead lead = newLead(email);
        Received message = receivedFor(lead);

        assertThat(signedWith(endpoint.secret(), message)).isTrue();
        assertThat(message.headers().get("id")).startsWith("msg_");
        assertThat(message.body()).contains("\"type\":\"lead.created\"", "\"leadId\":" + lead.id());
        WebhookDelivery logged = store.recent(50).stream()
                .filter(d -> d.messageId().equals(message.headers().get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(logged.status()).isEqualTo("DELIVERED");
        assertThat(logged.lastStatusCode()).isEqualTo(200);
        assertThat(logged.attempts()).isEqualTo(1);
    }

    @Test
    void aFailedDeliveryWaitsForItsRetryAndIsSentAgainByHandWithTheSameId() throws Exception {
        endpoint();
        answer.set(500);
        String email = "retry-" + System.nanoTime() + "@example.com";
        Lead lead = newLead(email);

        Received failed = receivedFor(lead);
        WebhookDelivery pending = store.recent(50).stream()
                .filter(d -> d.messageId().equals(failed.headers().get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(pending.status()).isEqualTo("PENDING");
        assertThat(pending.lastStatusCode()).isEqualTo(500);
        assertThat(pending.nextAttemptAt())
                .as("retried after a minute")
                .isAfter(pending.createdAt().plusSeconds(59));

        answer.set(204);
        received.clear();
        webhooks.redeliver(pending.id(), admin);
        Received again = receivedFor(lead);

        assertThat(again.headers().get("id")).isEqualTo(failed.headers().get("id"));
        assertThat(store.delivery(pending.id()).orElseThrow().status()).isEqualTo("DELIVERED");
        assertThat(store.delivery(pending.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void privateTargetsAreRefusedUnlessAllowed() throws Exception {
        webhooks.allowPrivateTargets(false, admin);

        for (String url : List.of(
                "http://127.0.0.1:8080/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://10.1.2.3/",
                "http://[::1]/hook",
                "http://[::127.0.0.1]/hook",
                "http://[64:ff9b::7f00:1]/hook",
                "http://255.255.255.255/hook",
                "http://198.18.0.1/hook",
                "http://192.0.0.1/hook",
                "http://240.0.0.1/hook",
                "http://0177.0.0.1/hook",
                "ftp://example.com/hook",
                "not a url")) {
            assertThatThrownBy(() -> webhooks.add(url, List.of(WebhookEvent.DEAL_WON), admin))
                    .as(url)
                    .isInstanceOf(ExchangeRefused.class);
        }
    }

    @Test
    void aNameThatResolvesToLoopbackWhenSendingIsRefusedThenUnlessPrivateTargetsAreAllowed() throws Exception {
        // Saved while allowed, as a name that resolved to a public address then would be: the check that counts is the
        // one of the lookup the connection uses.
        WebhookEndpoint endpoint = endpoint("localhost");
        webhooks.allowPrivateTargets(false, admin);
        Lead lead = newLead("rebind-" + System.nanoTime() + "@example.com");

        dispatcher.deliverDue();

        WebhookDelivery refused = store.recent(50).stream()
                .filter(d -> d.endpointId() == endpoint.id() && d.payload().contains("\"leadId\":" + lead.id() + ","))
                .findFirst()
                .orElseThrow();
        assertThat(refused.status()).isEqualTo("PENDING");
        assertThat(refused.lastError()).isEqualTo("exchange.webhook.privateTarget");
        assertThat(received).as("nothing reached the loopback receiver").isEmpty();

        webhooks.allowPrivateTargets(true, admin);
        webhooks.redeliver(refused.id(), admin);
        assertThat(receivedFor(lead).body()).contains("\"leadId\":" + lead.id());
    }
}
