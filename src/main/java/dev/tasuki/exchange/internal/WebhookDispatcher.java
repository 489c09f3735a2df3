package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.platform.OrganisationClock;

/**
 * Delivers the webhook outbox: every few seconds, on whichever node gets there first (a message is claimed before it is
 * sent), each due message is posted, signed, to its endpoint. A 2xx answer delivers it; anything else is tried again
 * after 1 minute, 5 minutes, 30 minutes, 2 hours and 8 hours, and then given up (FAILED; an admin may send it again).
 * The HTTP client resolves the target's host through the SSRF guard ({@link WebhookTargets#addresses}) and connects to
 * the addresses it checked, on a new connection each time (no pooled connection skips the check); redirects are not
 * followed.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(8));
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final OrganisationClock clock;
    private final CloseableHttpClient http;

    WebhookDispatcher(WebhookStore store, WebhookTargets targets, OrganisationClock clock) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(5, TimeUnit.SECONDS)
                                .setSocketTimeout(10, TimeUnit.SECONDS)
                                .build())
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(10, TimeUnit.SECONDS)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    /** Host names resolved and checked by the SSRF guard, the one lookup that the connection uses. */
    private record GuardedResolver(WebhookTargets targets) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.addresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }

    @Scheduled(fixedDelayString = "${tasuki.webhooks.delivery-interval:5s}")
    @SchedulerLock(name = "webhook-dispatcher", lockAtMostFor = "PT5M")
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
            URI target = targets.parse(endpoint.url());
            long timestamp = clock.now().getEpochSecond();
            HttpPost request = new HttpPost(target);
            request.setHeader("webhook-id", delivery.messageId());
            request.setHeader("webhook-timestamp", Long.toString(timestamp));
            request.setHeader(
                    "webhook-signature",
                    WebhookSignature.sign(endpoint.secret(), delivery.messageId(), timestamp, delivery.payload()));
            request.setEntity(new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON));
            status = http.execute(request, response -> response.getCode());
        } catch (ExchangeRefused refused) {
            error = refused.messageKey();
        } catch (IOException failed) {
            error = failed.toString();
        }
        Instant now = clock.now();
        if (status != null && status >= 200 && status < 300) {
            store.attempted(delivery.id(), WebhookDelivery.Status.DELIVERED, status, null, now, now);
            return;
        }
        if (error == null) {
            error = "HTTP " + status;
        }
        boolean giveUp = delivery.attempts() >= BACKOFF.size();
        log.warn(
                "Webhook message {} to endpoint {} failed ({}){}",
                delivery.messageId(),
                endpoint.id(),
                error,
                giveUp ? "; given up" : "; will retry");
        store.attempted(
                delivery.id(),
                giveUp ? WebhookDelivery.Status.FAILED : WebhookDelivery.Status.PENDING,
                status,
                error,
                giveUp ? now : now.plus(BACKOFF.get(delivery.attempts())),
                now);
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
