package dev.tasuki.relay;

import java.util.List;

public record LeadPage(List<Lead> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
