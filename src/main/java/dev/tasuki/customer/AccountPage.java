package dev.tasuki.customer;

import java.util.List;

/** One page of accounts and the number of all that matched. */
public record AccountPage(List<Account> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    /** The position (from 1) of the first item of this page, 0 when there is none. */
    public long firstPosition() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastPosition() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }
}
