package dev.tasuki.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.JdbcValues;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.StageChangeVia;

/**
 * Webhooks delivered to a real HTTP server on loopback (allowed by the admin setting the tests turn on), which checks
 * the Standard Webhooks signature itself; retries after a failure and sending again by hand keep the message id; the
 * SSRF guard refuses private targets when the setting is off, both when an endpoint is saved and when a message is sent
 * (the addresses the client connects to are the ones it checked). Messages are written after the change commits, from
 * Spring Modulith's event publication registry, which keeps an event until they are written and tries a failed one
 * again: the tests wait for them, polling with a timeout.
 */
@IntegrationTest
class WebhookTests {

    record Received(Map<String, String> headers, String body) {}

    /** How long a test waits for what happens after commit or on the dispatcher's schedule. */
    static final Duration WAIT = Duration.ofSeconds(10);

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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    FailedEventPublications failedEvents;

    @Autowired
    OrganisationClock clock;

    @Autowired
    TransactionTemplate transactions;

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
        return endpoint(host, List.of(WebhookEvent.LEAD_CREATED));
    }

    private WebhookEndpoint endpoint(String host, List<WebhookEvent> events) {
        String url = "http://" + host + ":" + server.getAddress().getPort() + "/hook";
        webhooks.add(url, events, admin);
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

    /** The first message the receiver got for the lead, delivering due messages until it has one. */
    private Received receivedFor(Lead lead) {
        return await().atMost(WAIT)
                .until(
                        () -> {
                            dispatcher.deliverDue();
                            return received.stream()
                                    .filter(message -> message.body().contains("\"leadId\":" + lead.id() + ","))
                                    .findFirst();
                        },
                        Optional::isPresent)
                .orElseThrow();
    }

    /**
     * The delivery log of a message the receiver got, once the attempt is noted with that status (the scheduled
     * dispatcher may have sent it, and notes the answer just after the receiver has it).
     */
    private WebhookDelivery logged(Received message, WebhookDelivery.Status status) {
        String id = message.headers().get("id");
        return await("message " + id + " logged " + status)
                .atMost(WAIT)
                .until(
                        () -> store.recent(50).stream()
                                .filter(d ->
                                        d.messageId().equals(id) && d.status() == status && d.lastStatusCode() != null)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** The message the outbox wrote for the lead to the endpoint, once it is there (it is written after commit). */
    private WebhookDelivery written(WebhookEndpoint endpoint, Lead lead) {
        return await().atMost(WAIT)
                .until(
                        () -> store.recent(50).stream()
                                .filter(delivery -> delivery.endpointId() == endpoint.id()
                                        && delivery.payload().contains("\"leadId\":" + lead.id() + ","))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** The message once a delivery of it has been tried (by this test or the scheduled dispatcher). */
    private WebhookDelivery attempted(long deliveryId) {
        return await().atMost(WAIT)
                .until(
                        () -> {
                            dispatcher.deliverDue();
                            return store.delivery(deliveryId).orElseThrow();
                        },
                        delivery -> delivery.attempts() > 0 && delivery.lastError() != null);
    }

    private long publicationsOf(Lead lead) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :lead")
                .param("lead", "%\"leadId\":" + lead.id() + ",%")
                .query(Long.class)
                .single();
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
        WebhookDelivery logged = logged(message, WebhookDelivery.Status.DELIVERED);
        assertThat(logged.lastStatusCode()).isEqualTo(200);
        assertThat(logged.attempts()).isEqualTo(1);
    }

    @Test
    void theEventIsKeptWithTheChangeUntilItsMessageIsWritten() throws Exception {
        WebhookEndpoint endpoint = endpoint();

        long[] keptWithTheChange = new long[1];
        Lead lead = transactions.execute(status -> {
            Lead created = newLead("kept-" + System.nanoTime() + "@example.com");
            keptWithTheChange[0] = publicationsOf(created);
            return created;
        });

        assertThat(keptWithTheChange[0])
                .as("stored in the transaction that made the lead")
                .isEqualTo(1);
        written(endpoint, lead);
        await("the event deleted once its message is written").atMost(WAIT).until(() -> publicationsOf(lead) == 0);
    }

    @Test
    void anEventLeftFailedInTheRegistryIsWrittenOutWhenTriedAgain() throws Exception {
        WebhookEndpoint endpoint =
                endpoint("127.0.0.1", List.of(WebhookEvent.LEAD_CREATED, WebhookEvent.LEAD_STAGE_CHANGED));
        Lead lead = newLead("again-" + System.nanoTime() + "@example.com");
        written(endpoint, lead);
        // A node stopped before it wrote the message of a second event: the registry holds it, failed (as its staleness
        // monitor marks one left published or processing).
        LeadStageChanged lost = new LeadStageChanged(
                lead.id(), null, LifecycleStage.LEAD, LifecycleStage.MQL, clock.now(), null, StageChangeVia.MANUAL);
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                    completion_attempts)
                values (:id, 'exchange.webhooks.LeadStageChanged', :type, :event, :at, 'FAILED', 1)
                """)
                .param("id", UUID.randomUUID())
                .param("type", LeadStageChanged.class.getName())
                .param("event", json.writeValueAsString(lost))
                .param("at", JdbcValues.utc(clock.now().minus(Duration.ofMinutes(5))))
                .update();

        failedEvents.resubmit(ResubmissionOptions.defaults());

        await().atMost(WAIT).until(() -> stageChangedMessages(lead) > 0);
        assertThat(stageChangedMessages(lead)).isEqualTo(1);
        await().atMost(WAIT).until(() -> publicationsOf(lead) == 0);
    }

    private long stageChangedMessages(Lead lead) {
        return store.recent(50).stream()
                .filter(d -> d.eventType().equals("lead.stage_changed")
                        && d.payload().contains("\"leadId\":" + lead.id() + ","))
                .count();
    }

    @Test
    void aFailedDeliveryWaitsForItsRetryAndIsSentAgainByHandWithTheSameId() throws Exception {
        endpoint();
        answer.set(500);
        String email = "retry-" + System.nanoTime() + "@example.com";
        Lead lead = newLead(email);

        Received failed = receivedFor(lead);
        WebhookDelivery pending = logged(failed, WebhookDelivery.Status.PENDING);
        assertThat(pending.lastStatusCode()).isEqualTo(500);
        assertThat(pending.nextAttemptAt())
                .as("retried after a minute")
                .isAfter(pending.createdAt().plusSeconds(59));

        answer.set(204);
        received.clear();
        webhooks.redeliver(pending.id(), admin);
        Received again = receivedFor(lead);

        assertThat(again.headers().get("id")).isEqualTo(failed.headers().get("id"));
        assertThat(logged(again, WebhookDelivery.Status.DELIVERED).attempts()).isEqualTo(2);
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

        WebhookDelivery refused = attempted(written(endpoint, lead).id());
        assertThat(refused.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(refused.lastError()).isEqualTo("exchange.webhook.privateTarget");
        assertThat(received).as("nothing reached the loopback receiver").isEmpty();

        webhooks.allowPrivateTargets(true, admin);
        webhooks.redeliver(refused.id(), admin);
        assertThat(receivedFor(lead).body()).contains("\"leadId\":" + lead.id());
    }
}
