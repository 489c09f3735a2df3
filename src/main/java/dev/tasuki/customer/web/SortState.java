package dev.tasuki.customer.web;

import java.util.Optional;

/**
 * Helpers for list links: which way a column is sorted, and which query values are worth keeping.
 */
final class SortState {

    private SortState() {
    }

    static String of(String sort, String column, String defaultColumn) {
        String current = sort == null || sort.isBlank() ? defaultColumn : sort;
        if (current.equals(column)) {
            return "ascending";
        }
        return current.equals("-" + column) ? "descending" : "none";
    }

    static Optional<Object> present(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value instanceof Enum<?> e ? e.name() : value);
    }
}
