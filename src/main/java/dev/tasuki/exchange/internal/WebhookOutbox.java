package dev.tasuki.exchange.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
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
 * Writes a webhook message for each active endpoint that wants the event, once the change it announces has committed,
 * in a transaction of its own; {@link WebhookDispatcher} delivers the messages. Each listener is an
 * {@link ApplicationModuleListener}: Spring Modulith's registry stores the event with the writer's transaction
 * (event_publication) and deletes it once the messages are written, so a failure or a crash in between leaves it to be
 * tried again ({@code FailedEvents}); a webhook problem never fails the user's change. At least once: a node that stops
 * right after writing the messages, before the registry notes it, writes them again when the event is retried.
 *
 * <p>Public for the listeners' condition: events are stored for this listener only once some endpoint exists (endpoints
 * are deactivated, never deleted), so an installation without webhooks stores nothing.
 *
 * <p>The payload is Standard Webhooks' {@code {"type", "timestamp", "data"}} with the event's fields as data.
 */
@Component
public class WebhookOutbox {

    private final WebhookStore store;
    private final JsonMapper json;
    private final OrganisationClock clock;

    WebhookOutbox(WebhookStore store, JsonMapper json, OrganisationClock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Whether any endpoint exists: the condition under which the events are kept for the outbox at all. */
    public boolean wanted() {
        return store.anyEndpoint();
    }

    @ApplicationModuleListener(id = "exchange.webhooks.LeadStageChanged", condition = "@webhookOutbox.wanted()")
    void on(LeadStageChanged changed) {
        write(changed.from() == null ? WebhookEvent.LEAD_CREATED : WebhookEvent.LEAD_STAGE_CHANGED, changed);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.HandoffSent", condition = "@webhookOutbox.wanted()")
    void on(HandoffSent sent) {
        write(WebhookEvent.HANDOFF_SENT, sent);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.HandoffAccepted", condition = "@webhookOutbox.wanted()")
    void on(HandoffAccepted accepted) {
        write(WebhookEvent.HANDOFF_ACCEPTED, accepted);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.HandoffRejected", condition = "@webhookOutbox.wanted()")
    void on(HandoffRejected rejected) {
        write(WebhookEvent.HANDOFF_REJECTED, rejected);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.DealWon", condition = "@webhookOutbox.wanted()")
    void on(DealWon won) {
        write(WebhookEvent.DEAL_WON, won);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.DealLost", condition = "@webhookOutbox.wanted()")
    void on(DealLost lost) {
        write(WebhookEvent.DEAL_LOST, lost);
    }

    @ApplicationModuleListener(id = "exchange.webhooks.MrrMoved", condition = "@webhookOutbox.wanted()")
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
                store.enqueue(
                        endpoint.id(), "msg_" + UUID.randomUUID(), event.type(), json.writeValueAsString(payload), now);
            }
        }
    }
}
