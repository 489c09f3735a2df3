package dev.tasuki.success.web;

import dev.tasuki.platform.ListFilter;
import dev.tasuki.platform.ListLinks;
import dev.tasuki.platform.Page;
import dev.tasuki.success.CustomerQuery;
import dev.tasuki.success.HealthColour;

/** The customer list's query string, so a list can be shared as a URL. Values that do not bind are dropped. */
record CustomerFilter(Long owner, HealthColour health, String sort, Integer page) implements ListFilter {

    static final String PATH = "/customers";

    CustomerQuery toQuery() {
        return new CustomerQuery(owner, health, sort, page == null ? 0 : page, Page.DEFAULT_SIZE);
    }

    /** The sort the list shows: one of the allow-list, MRR highest first for any other. */
    @Override
    public String sort() {
        return toQuery().sort();
    }

    @Override
    public String defaultSort() {
        return CustomerQuery.DEFAULT_SORT;
    }

    /**
     * The list sorted by the column: MRR starts highest first, the others earliest or A first; a second click turns it.
     */
    @Override
    public String sortUrl(String column) {
        String first = column.equals("mrr") ? "-mrr" : column;
        String turned = first.startsWith("-") ? column : "-" + column;
        return url(sort().equals(first) ? turned : first, 0);
    }

    @Override
    public String url(String sortBy, int target) {
        return ListLinks.to(PATH)
                .with("owner", owner)
                .with("health", health)
                .with("sort", CustomerQuery.DEFAULT_SORT.equals(sortBy) ? null : sortBy)
                .page(target);
    }
}
