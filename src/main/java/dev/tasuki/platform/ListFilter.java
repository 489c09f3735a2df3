package dev.tasuki.platform;

/**
 * A list page's filters as its links keep them, so that a list can be shared as a URL. The shared list fragments
 * ({@code templates/platform/list.html}: the pager and the sortable column headings) link through the model's
 * {@code filter}, which implements this. A sort is a column's name, "-" in front for descending; a filter gives the
 * sort it was asked for and its URL with any sort, and the links follow: a click on a column sorts by it ascending, a
 * second click descending.
 */
public interface ListFilter {

    /** The sort the list was asked for; null or blank for its default. */
    String sort();

    /** The sort of a list asked for none. */
    String defaultSort();

    /** The list's URL with the filters that are set, this sort and at that page (from 0). */
    String url(String sort, int page);

    default String pageUrl(int page) {
        return url(sort(), page);
    }

    default String sortUrl(String column) {
        return url(column.equals(sort()) ? "-" + column : column, 0);
    }

    /** "ascending", "descending" or "none": the column's {@code aria-sort}. */
    default String sortState(String column) {
        String current = sort() == null || sort().isBlank() ? defaultSort() : sort();
        if (column.equals(current)) {
            return "ascending";
        }
        return ("-" + column).equals(current) ? "descending" : "none";
    }
}
