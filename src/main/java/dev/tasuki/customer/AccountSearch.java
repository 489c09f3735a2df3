package dev.tasuki.customer;

import dev.tasuki.platform.Page;

/**
 * A search over accounts: words to find in the name, its kana or the domain (every word must match), filters, a sort
 * from the allow-list (name, createdAt, updatedAt; "-" in front for descending) and a page. Anything else in sort means
 * the default order, by name. Pages count from 0; size as {@link Page#size(int)} allows.
 */
public record AccountSearch(
        String q,
        Industry industry,
        Segment segment,
        EmployeeBand employeeBand,
        Long ownerId,
        String sort,
        int page,
        int size) {

    public AccountSearch {
        page = Page.number(page);
        size = Page.size(size);
    }

    public static AccountSearch all() {
        return new AccountSearch(null, null, null, null, null, null, 0, Page.DEFAULT_SIZE);
    }
}
