package dev.tasuki.success;

import dev.tasuki.platform.Page;

/**
 * The customer list: filters by owner and health, a sort from the allow-list (mrr, renewal, name; "-" in front for
 * descending; anything else is MRR, highest first) and a page (as {@link Page} allows).
 */
public record CustomerQuery(Long ownerId, HealthColour health, String sort, int page, int size) {

    public static final String DEFAULT_SORT = "-mrr";

    public CustomerQuery {
        sort = sort == null || !sort.matches("-?(mrr|renewal|name)") ? DEFAULT_SORT : sort;
        page = Page.number(page);
        size = Page.size(size);
    }
}
