package dev.tasuki.customer.web;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;

/**
 * The account list's query string: what the search form sends and what its links keep, so a list can be shared as a
 * URL.
 */
record AccountFilter(
        String q,
        Industry industry,
        Segment segment,
        EmployeeBand employeeBand,
        Long owner,
        String sort,
        Integer page) {

    static final String PATH = "/accounts";

    /** The filter of a query string; a value that does not parse (an old or edited link) is left out. */
    static AccountFilter of(Map<String, String> query) {
        Long page = SortState.numberOf(query.get("page"));
        return new AccountFilter(
                query.get("q"),
                SortState.enumOf(Industry.class, query.get("industry")),
                SortState.enumOf(Segment.class, query.get("segment")),
                SortState.enumOf(EmployeeBand.class, query.get("employeeBand")),
                SortState.numberOf(query.get("owner")),
                query.get("sort"),
                page == null || page < 0 || page > Integer.MAX_VALUE ? null : page.intValue());
    }

    public AccountSearch toSearch() {
        return new AccountSearch(
                q, industry, segment, employeeBand, owner, sort, page == null ? 0 : page, AccountSearch.DEFAULT_SIZE);
    }

    public String pageUrl(int target) {
        return url(sort, target);
    }

    /** The list sorted by the column, ascending first and descending when it already is ascending. */
    public String sortUrl(String column) {
        return url(column.equals(sort) ? "-" + column : column, 0);
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String sortState(String column) {
        return SortState.of(sort, column, "name");
    }

    private String url(String sortBy, int target) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("q", SortState.present(q))
                .queryParamIfPresent("industry", SortState.present(industry))
                .queryParamIfPresent("segment", SortState.present(segment))
                .queryParamIfPresent("employeeBand", SortState.present(employeeBand))
                .queryParamIfPresent("owner", SortState.present(owner))
                .queryParamIfPresent("sort", SortState.present(sortBy))
                .queryParamIfPresent("page", target > 0 ? java.util.Optional.of(target) : java.util.Optional.empty())
                .encode()
                .build()
                .toUriString();
    }
}
