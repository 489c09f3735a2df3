package dev.tasuki.success;

import java.util.List;

/** One page of customers, the number of all that matched, and the MRR they add up to. */
public record CustomerPage(List<CustomerRow> items, int page, int size, long total, long totalMrr) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long firstPosition() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastPosition() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }
}
