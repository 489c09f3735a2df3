package dev.tasuki.relay;

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

    public static final int MAX_SIZE = 200;

    public LeadQuery {
        sort = sort == null ? "createdAt" : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }
}
