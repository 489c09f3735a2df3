package dev.tasuki.customer;

/**
 * A search over accounts: words to find in the name, its kana or the domain (every word must match), filters, a sort
 * from the allow-list (name, createdAt, updatedAt; "-" in front for descending) and a page. Anything else in sort means
 * the default order, by name. Pages count from 0; size is 1 to 200, 25 by default.
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

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public AccountSearch {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static AccountSearch all() {
        return new AccountSearch(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }
}
