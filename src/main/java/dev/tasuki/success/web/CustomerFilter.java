package dev.tasuki.success.web;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import dev.tasuki.success.CustomerQuery;
import dev.tasuki.success.HealthColour;

/** The customer list's query string, so a list can be shared as a URL. Values that do not bind are dropped. */
record CustomerFilter(Long owner, HealthColour health, String sort, Integer page) {

    static final String PATH = "/customers";

    CustomerQuery toQuery() {
        return new CustomerQuery(owner, health, sort, page == null ? 0 : page, CustomerQuery.DEFAULT_SIZE);
    }

    public String current() {
        return toQuery().sort();
    }

    public String pageUrl(int target) {
        return url(current(), target);
    }

    /**
     * The list sorted by the column: MRR starts highest first, the others earliest or A first; a second click turns it.
     */
    public String sortUrl(String column) {
        String first = column.equals("mrr") ? "-mrr" : column;
        String turned = first.startsWith("-") ? column : "-" + column;
        return url(current().equals(first) ? turned : first, 0);
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String sortState(String column) {
        if (current().equals(column)) {
            return "ascending";
        }
        return current().equals("-" + column) ? "descending" : "none";
    }

    private String url(String sortBy, int target) {
        return UriComponentsBuilder.fromPath(PATH)
                .queryParamIfPresent("owner", Optional.ofNullable(owner))
                .queryParamIfPresent("health", Optional.ofNullable(health).map(Enum::name))
                .queryParamIfPresent(
                        "sort", Optional.ofNullable(sortBy).filter(s -> !s.equals(CustomerQuery.DEFAULT_SORT)))
                .queryParamIfPresent("page", target > 0 ? Optional.of(target) : Optional.empty())
                .encode()
                .build()
                .toUriString();
    }
}
