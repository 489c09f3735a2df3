package dev.tasuki.relay;

import dev.tasuki.platform.Page;

/** What a lead list shows: a text search, filters, a sort from an allow-list and a page. */
public record LeadQuery(
        String text,
        LifecycleStage stage,
        LeadSource source,
        Long campaignId,
        Long ownerId,
        String sort,
        boolean descending,
        int page,
        int size) {

    public LeadQuery {
        sort = sort == null ? "createdAt" : sort;
        page = Page.number(page);
        size = Page.size(size);
    }
}
