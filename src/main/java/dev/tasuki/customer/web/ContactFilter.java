package dev.tasuki.customer.web;

import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.ContactSearch;

/** The contact list's query string, kept by its links so that a list can be shared as a URL. */
record ContactFilter(String q, Long accountId, Long owner, String sort, Integer page) {

    static final String PATH = "/contacts";

    static ContactFilter of(Map<String, String> query) {
        Long page = SortState.numberOf(query.get("page"));
        return new ContactFilter(
                query.get("q"),
                SortState.numberOf(query.get("accountId")),
                SortState.numberOf(query.get("owner")),
                query.get("sort"),
                page == null || page < 0 || page > Integer.MAX_VALUE ? null : page.intValue());
    }

    public ContactSearch toSearch() {
        return new ContactSearch(q, accountId, owner, sort, page == null ? 0 : page, AccountSearch.DEFAULT_SIZE);
    }

    public String pageUrl(int target) {
        return url(sort, target);
    }

    public String sortUrl(String column) {
        return url(column.equals(sort) ? "-" + column : column, 0);
    }

    public String sortState(String column) {
        return SortState.of(sort, column, "name");
    }

    private String url(String sortBy, int target) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("q", SortState.present(q))
                .queryParamIfPresent("accountId", SortState.present(accountId))
                .queryParamIfPresent("owner", SortState.present(owner))
                .queryParamIfPresent("sort", SortState.present(sortBy))
                .queryParamIfPresent("page", target > 0 ? Optional.of(target) : Optional.empty())
                .encode()
                .build()
                .toUriString();
    }
}
