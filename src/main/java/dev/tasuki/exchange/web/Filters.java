package dev.tasuki.exchange.web;

/** Filter values of a list's query string: one that does not parse (an old or edited link) is no filter. */
final class Filters {

    private Filters() {}

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
