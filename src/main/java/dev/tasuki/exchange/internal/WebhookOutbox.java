package dev.tasuki.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.deal.DealLost;
import dev.tasuki.deal.DealWon;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.success.MrrMoved;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a webhook message for each endpoint that wants the event, in the transaction that published the event: the
 * message exists exactly when the change does (the outbox), and {@link WebhookDispatcher} delivers it after commit.
 * The payload is Standard Webhooks' {@code {"type", "timestamp", "data"}} with the event's fields as data.
 */
@Component
class WebhookOutbox {

    private final WebhookStore store;
    private final JsonMapper json;
    private final OrganisationClock clock;

    WebhookOutbox(WebhookStore store, JsonMapper json, OrganisationClock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(LeadStageChanged changed) {
        write(changed.from() == null ? WebhookEvent.LEAD_CREATED : WebhookEvent.LEAD_STAGE_CHANGED, changed);
    }

    @EventListener
    void on(HandoffSent sent) {
        write(WebhookEvent.HANDOFF_SENT, sent);
    }

    @EventListener
    void on(HandoffAccepted accepted) {
        write(WebhookEvent.HANDOFF_ACCEPTED, accepted);
    }

    @EventListener
    void on(HandoffRejected rejected) {
        write(WebhookEvent.HANDOFF_REJECTED, rejected);
    }

    @EventListener
    void on(DealWon won) {
        write(WebhookEvent.DEAL_WON, won);
    }

    @EventListener
    void on(DealLost lost) {
        write(WebhookEvent.DEAL_LOST, lost);
    }

    @EventListener
    void on(MrrMoved moved) {
        write(WebhookEvent.MRR_MOVED, moved);
    }

    private void write(WebhookEvent event, Object data) {
        var now = clock.now();
        for (WebhookEndpoint endpoint : store.endpoints()) {
            if (endpoint.active() && endpoint.events().contains(event)) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("type", event.type());
                payload.put("timestamp", now.toString());
                payload.put("data", data);
                store.enqueue(endpoint.id(), "msg_" + UUID.randomUUID(), event.type(), json.writeValueAsString(payload), now);
            }
        }
    }
}
