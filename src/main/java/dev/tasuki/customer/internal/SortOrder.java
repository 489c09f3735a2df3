package dev.tasuki.customer.internal;

import java.util.Map;

/**
 * "order by" from an allow-list: the API name of a column ("name", "-updatedAt" for descending) maps to SQL the caller
 * wrote. Anything else, an injection attempt included, gives the default order.
 */
final class SortOrder {

    private SortOrder() {}

    static String of(String sort, Map<String, String> allowed, String defaultSort, String idColumn) {
        String requested = sort == null ? defaultSort : sort.strip();
        boolean descending = requested.startsWith("-");
        String column = allowed.get(descending ? requested.substring(1) : requested);
        if (column == null) {
            return of(defaultSort, allowed, defaultSort, idColumn);
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + ", " + idColumn + direction;
    }
}
