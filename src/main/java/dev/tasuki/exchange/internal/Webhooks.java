package dev.tasuki.exchange.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/** What admins do with webhooks: register endpoints, switch them off, read the delivery log, send a message again. */
@Service
@Transactional
public class Webhooks {

    private final WebhookStore store;
    private final WebhookTargets targets;
    private final OrganisationClock clock;

    Webhooks(WebhookStore store, WebhookTargets targets, OrganisationClock clock) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
    }

    public void add(String url, List<WebhookEvent> events, SignedInUser by) {
        Imports.checkAdmin(by);
        if (events == null || events.isEmpty()) {
            throw ExchangeRefused.webhookEvents();
        }
        if (url == null || url.length() > 2000) {
            throw ExchangeRefused.webhookTarget(String.valueOf(url));
        }
        targets.check(url);
        store.addEndpoint(url.strip(), WebhookSignature.newSecret(), events, by.id(), clock.now());
    }

    public void setActive(long id, boolean active, SignedInUser by) {
        Imports.checkAdmin(by);
        store.setActive(id, active);
    }

    public void redeliver(long deliveryId, SignedInUser by) {
        Imports.checkAdmin(by);
        store.redeliver(deliveryId, clock.now());
    }

    public void allowPrivateTargets(boolean allowed, SignedInUser by) {
        Imports.checkAdmin(by);
        targets.allowPrivate(allowed);
    }

    @Transactional(readOnly = true)
    public boolean privateTargetsAllowed() {
        return targets.privateAllowed();
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> endpoints() {
        return store.endpoints();
    }

    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries() {
        return store.recent(50);
    }
}
