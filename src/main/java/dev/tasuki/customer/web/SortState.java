package dev.tasuki.customer.web;

import java.util.Optional;

/** Helpers for list query strings: values read leniently, which way a column is sorted, which values to keep. */
final class SortState {

    private SortState() {}

    static String of(String sort, String column, String defaultColumn) {
        String current = sort == null || sort.isBlank() ? defaultColumn : sort;
        if (current.equals(column)) {
            return "ascending";
        }
        return current.equals("-" + column) ? "descending" : "none";
    }

    /** The enum constant of that name, or none for a blank or unknown value (a shared link may be old). */
    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Long numberOf(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Optional<Object> present(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value instanceof Enum<?> e ? e.name() : value);
    }
}
