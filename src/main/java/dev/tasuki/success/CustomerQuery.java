package dev.tasuki.success;

/**
 * The customer list: filters by owner and health, a sort from the allow-list (mrr, renewal, name; "-" in front for
 * descending; anything else is MRR, highest first) and a page (from 0, size 1 to 200, 25 by default).
 */
public record CustomerQuery(Long ownerId, HealthColour health, String sort, int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    public static final String DEFAULT_SORT = "-mrr";

    public CustomerQuery {
        sort = sort == null || !sort.matches("-?(mrr|renewal|name)") ? DEFAULT_SORT : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }
}
