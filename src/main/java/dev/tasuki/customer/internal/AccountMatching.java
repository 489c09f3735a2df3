package dev.tasuki.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.customer.CompanyClue;

/**
 * Finds the accounts of many clues at once: two queries for a whole batch of an import rather than several a row, and
 * no account held in memory beyond the batch's, however many the organisation has. The rule is
 * {@link dev.tasuki.customer.Accounts#matchFor}'s.
 */
@Repository
public class AccountMatching {

    /** Keeps each query's list of values well inside every database's limit on parameters. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    AccountMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of each clue's account, for the clues that match one. */
    public Map<CompanyClue, Long> match(Collection<CompanyClue> clues) {
        Map<CompanyClue, List<String>> domains = new HashMap<>();
        Set<String> allDomains = new HashSet<>();
        for (CompanyClue clue : clues) {
            List<String> chain = domainChain(clue.emailOrDomain());
            domains.put(clue, chain);
            allDomains.addAll(chain);
        }
        Map<String, Long> byDomain = query(allDomains, "select id, domain as k from account where domain in (:values)");
        Map<CompanyClue, Long> matched = new HashMap<>();
        Map<CompanyClue, String> unmatched = new HashMap<>();
        for (CompanyClue clue : clues) {
            domains.get(clue).stream()
                    .map(byDomain::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresentOrElse(
                            id -> matched.put(clue, id),
                            () -> unmatched.put(clue, CompanyNames.key(clue.companyName())));
        }
        unmatched.values().removeIf(String::isEmpty);
        // several accounts of one name match none: a person has to choose
        Map<String, Long> byName = query(new HashSet<>(unmatched.values()), """
                select min(id) as id, name_key as k from account where name_key in (:values)
                 group by name_key having count(*) = 1
                """);
        unmatched.forEach((clue, key) -> Optional.ofNullable(byName.get(key)).ifPresent(id -> matched.put(clue, id)));
        return matched;
    }

    /** The email's domain and its parents, nearest first; none for free mail. */
    private static List<String> domainChain(String emailOrDomain) {
        List<String> chain = new ArrayList<>();
        Optional<String> domain = Domains.ofEmailOrDomain(emailOrDomain).filter(d -> !Domains.freeMail(d));
        while (domain.isPresent()) {
            chain.add(domain.get());
            domain = Domains.parent(domain.get());
        }
        return chain;
    }

    /** Runs the query (columns id and k) over the values a chunk at a time: id by k. */
    private Map<String, Long> query(Collection<String> values, String sql) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql(sql)
                    .param("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> ids.put(rs.getString("k"), rs.getLong("id")))
                    .list();
        }
        return ids;
    }
}
