package dev.tasuki.customer.web;

import java.util.Map;

import dev.tasuki.customer.ContactSearch;
import dev.tasuki.platform.ListLinks;
import dev.tasuki.platform.Page;

/** The contact list's query string, kept by its links so that a list can be shared as a URL. */
record ContactFilter(String q, Long accountId, Long owner, String sort, Integer page) implements RecordFilter {

    static final String PATH = "/contacts";

    static ContactFilter of(Map<String, String> query) {
        return new ContactFilter(
                query.get("q"),
                ListLinks.numberOf(query.get("accountId")),
                ListLinks.numberOf(query.get("owner")),
                query.get("sort"),
                ListLinks.pageOf(query.get("page")));
    }

    ContactSearch toSearch() {
        return new ContactSearch(q, accountId, owner, sort, page == null ? 0 : page, Page.DEFAULT_SIZE);
    }

    @Override
    public String url(String sortBy, int target) {
        return ListLinks.to(PATH)
                .with("q", q)
                .with("accountId", accountId)
                .with("owner", owner)
                .with("sort", sortBy)
                .page(target);
    }
}
