package dev.tasuki.customer.web;

import java.util.Map;

import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.platform.ListLinks;
import dev.tasuki.platform.Page;

/**
 * The account list's query string: what the search form sends and what its links keep, so a list can be shared as a
 * URL.
 */
record AccountFilter(
        String q, Industry industry, Segment segment, EmployeeBand employeeBand, Long owner, String sort, Integer page)
        implements RecordFilter {

    static final String PATH = "/accounts";

    /** The filter of a query string; a value that does not parse (an old or edited link) is left out. */
    static AccountFilter of(Map<String, String> query) {
        return new AccountFilter(
                query.get("q"),
                ListLinks.constantOf(Industry.class, query.get("industry")),
                ListLinks.constantOf(Segment.class, query.get("segment")),
                ListLinks.constantOf(EmployeeBand.class, query.get("employeeBand")),
                ListLinks.numberOf(query.get("owner")),
                query.get("sort"),
                ListLinks.pageOf(query.get("page")));
    }

    AccountSearch toSearch() {
        return new AccountSearch(
                q, industry, segment, employeeBand, owner, sort, page == null ? 0 : page, Page.DEFAULT_SIZE);
    }

    @Override
    public String url(String sortBy, int target) {
        return ListLinks.to(PATH)
                .with("q", q)
                .with("industry", industry)
                .with("segment", segment)
                .with("employeeBand", employeeBand)
                .with("owner", owner)
                .with("sort", sortBy)
                .page(target);
    }
}
