package dev.tasuki.exchange.internal;

import java.util.List;

/** The events a webhook endpoint subscribes to, by their Standard Webhooks type names. */
public enum WebhookEvent {
    LEAD_CREATED("lead.created"),
    LEAD_STAGE_CHANGED("lead.stage_changed"),
    HANDOFF_SENT("handoff.sent"),
    HANDOFF_ACCEPTED("handoff.accepted"),
    HANDOFF_REJECTED("handoff.rejected"),
    DEAL_WON("deal.won"),
    DEAL_LOST("deal.lost"),
    MRR_MOVED("mrr.moved");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    static List<WebhookEvent> parse(String names) {
        return java.util.Arrays.stream(names.split(","))
                .filter(name -> !name.isBlank())
                .map(WebhookEvent::valueOf)
                .toList();
    }
}
