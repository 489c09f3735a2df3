package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.platform.OrganisationClock;

/**
 * Delivers the webhook outbox: every few seconds, on whichever node gets there first (a message is claimed before it
 * is sent), each due message is posted, signed, to its endpoint. A 2xx answer delivers it; anything else is tried
 * again after 1 minute, 5 minutes, 30 minutes, 2 hours and 8 hours, and then given up (FAILED; an admin may send it
 * again). The target is checked against the SSRF guard before each attempt; redirects are not followed.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(8));
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final OrganisationClock clock;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WebhookDispatcher(WebhookStore store, WebhookTargets targets, OrganisationClock clock) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tasuki.webhooks.delivery-interval:5s}")
    void deliverDue() {
        Instant now = clock.now();
        for (WebhookDelivery delivery : store.due(now, 50)) {
            if (store.claim(delivery.id(), now, now.plus(CLAIM))) {
                deliver(delivery);
            }
        }
    }

    private void deliver(WebhookDelivery delivery) {
        WebhookEndpoint endpoint = store.endpoint(delivery.endpointId()).orElseThrow();
        Integer status = null;
        String error = null;
        try {
            URI target = targets.check(endpoint.url());
            long timestamp = clock.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(endpoint.secret(), delivery.messageId(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (ExchangeRefused refused) {
            error = refused.messageKey();
        } catch (IOException failed) {
            error = failed.toString();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            error = interrupted.toString();
        }
        Instant now = clock.now();
        if (status != null && status >= 200 && status < 300) {
            store.attempted(delivery.id(), "DELIVERED", status, null, now, now);
            return;
        }
        if (error == null) {
            error = "HTTP " + status;
        }
        boolean giveUp = delivery.attempts() >= BACKOFF.size();
        log.warn("Webhook message {} to endpoint {} failed ({}){}", delivery.messageId(), endpoint.id(), error,
                giveUp ? "; given up" : "; will retry");
        store.attempted(delivery.id(), giveUp ? "FAILED" : "PENDING", status, error,
                giveUp ? now : now.plus(BACKOFF.get(delivery.attempts())), now);
    }
}
