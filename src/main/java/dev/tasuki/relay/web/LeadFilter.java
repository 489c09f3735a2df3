package dev.tasuki.relay.web;

import dev.tasuki.platform.ListFilter;
import dev.tasuki.platform.ListLinks;
import dev.tasuki.relay.LeadQuery;

/** The lead list's query string, kept by its links (a sort is a column and desc=false for ascending). */
record LeadFilter(LeadQuery query) implements ListFilter {

    static final String PATH = "/leads";
    static final String DEFAULT_SORT = "createdAt";

    @Override
    public String sort() {
        return (query.descending() ? "-" : "") + query.sort();
    }

    @Override
    public String defaultSort() {
        return "-" + DEFAULT_SORT;
    }

    @Override
    public String url(String sort, int page) {
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        return ListLinks.to(PATH)
                .with("q", query.text())
                .with("stage", query.stage())
                .with("source", query.source())
                .with("campaign", query.campaignId())
                .with("owner", query.ownerId())
                .with("sort", DEFAULT_SORT.equals(column) ? null : column)
                .with("desc", descending ? null : false)
                .page(page);
    }
}
