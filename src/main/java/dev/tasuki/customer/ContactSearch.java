package dev.tasuki.customer;

import dev.tasuki.platform.Page;

/**
 * A search over contacts: words to find in the names, their kana or the email (every word must match), an account
 * filter, a sort from the allow-list (name, createdAt, updatedAt; "-" for descending) and a page.
 */
public record ContactSearch(String q, Long accountId, Long ownerId, String sort, int page, int size) {

    public ContactSearch {
        page = Page.number(page);
        size = Page.size(size);
    }

    public static ContactSearch ofAccount(long accountId) {
        return new ContactSearch(null, accountId, null, null, 0, Page.MAX_SIZE);
    }
}
