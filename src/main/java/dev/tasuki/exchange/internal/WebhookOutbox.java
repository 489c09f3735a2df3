package dev.tasuki.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.deal.DealLost;
import dev.tasuki.deal.DealWon;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.success.MrrMoved;

/**
 * Writes a webhook message for each endpoint that wants the event, in the transaction that published the event: the
 * message exists exactly when the change does (the outbox), and {@link WebhookDispatcher} delivers it after commit. The
 * payload is Standard Webhooks' {@code {"type", "timestamp", "data"}} with the event's fields as data.
 */
@Component
class WebhookOutbox {

    private static final Map<Class<?>, WebhookEvent> EVENTS = Map.of(
            HandoffSent.class,
            WebhookEvent.HANDOFF_SENT,
            HandoffAccepted.class,
            WebhookEvent.HANDOFF_ACCEPTED,
            HandoffRejected.class,
            WebhookEvent.HANDOFF_REJECTED,
            DealWon.class,
            WebhookEvent.DEAL_WON,
            DealLost.class,
            WebhookEvent.DEAL_LOST,
            MrrMoved.class,
            WebhookEvent.MRR_MOVED);

    private final WebhookStore store;
    private final JsonMapper json;
    private final OrganisationClock clock;

    WebhookOutbox(WebhookStore store, JsonMapper json, OrganisationClock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Every event of the application passes here; those webhooks carry are written out. */
    @EventListener
    void on(Object event) {
        WebhookEvent type = event instanceof LeadStageChanged changed
                ? (changed.from() == null ? WebhookEvent.LEAD_CREATED : WebhookEvent.LEAD_STAGE_CHANGED)
                : EVENTS.get(event.getClass());
        if (type != null) {
            write(type, event);
        }
    }

    private void write(WebhookEvent event, Object data) {
        var now = clock.now();
        for (WebhookEndpoint endpoint : store.endpoints()) {
            if (endpoint.active() && endpoint.events().contains(event)) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("type", event.type());
                payload.put("timestamp", now.toString());
                payload.put("data", data);
                store.enqueue(
                        endpoint.id(), "msg_" + UUID.randomUUID(), event.type(), json.writeValueAsString(payload), now);
            }
        }
    }
}
