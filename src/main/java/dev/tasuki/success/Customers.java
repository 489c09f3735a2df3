package dev.tasuki.success;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Accounts;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.Page;
import dev.tasuki.success.internal.Contracts;
import dev.tasuki.success.internal.HealthBoard;
import dev.tasuki.success.internal.MrrLevels;

/**
 * The customers Customer Success looks after: accounts with MRR history or a contract, with their MRR today, contract,
 * next renewal and health; filtered by owner and health, sorted by MRR, renewal day or name.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class Customers {

    private final MrrLevels levels;
    private final Contracts contracts;
    private final HealthBoard health;
    private final Accounts accounts;
    private final OrganisationClock clock;

    Customers(MrrLevels levels, Contracts contracts, HealthBoard health, Accounts accounts, OrganisationClock clock) {
        this.levels = levels;
        this.contracts = contracts;
        this.health = health;
        this.accounts = accounts;
        this.clock = clock;
    }

    public CustomerList page(CustomerQuery query) {
        List<CustomerRow> matching = all().stream()
                .filter(row -> query.ownerId() == null || Objects.equals(query.ownerId(), row.ownerId()))
                .filter(row -> query.health() == null || query.health() == row.health())
                .sorted(order(query.sort()))
                .toList();
        int from = (int) Math.min(Page.offset(query.page(), query.size()), matching.size());
        int to = Math.min(from + query.size(), matching.size());
        return new CustomerList(
                Page.of(matching.subList(from, to), query.page(), query.size(), matching.size()),
                matching.stream().mapToLong(CustomerRow::mrr).sum());
    }

    /** Every customer, in no particular order. */
    public List<CustomerRow> all() {
        LocalDate today = clock.today();
        Map<Long, Long> mrr = levels.allAt(today);
        Map<Long, Contract> byAccount = new HashMap<>();
        contracts.all().forEach(contract -> byAccount.put(contract.accountId(), contract));
        Set<Long> ids = new LinkedHashSet<>(mrr.keySet());
        ids.addAll(byAccount.keySet());
        List<Long> paying = ids.stream()
                .filter(id -> mrr.getOrDefault(id, 0L) > 0
                        || byAccount.containsKey(id) && byAccount.get(id).active())
                .toList();
        Map<Long, HealthBoard.Glance> glances = health.glances(paying);
        return ids.stream()
                .map(id -> accounts.find(id).map(account -> {
                    Contract contract = byAccount.get(id);
                    HealthBoard.Glance glance = glances.get(id);
                    return new CustomerRow(
                            id,
                            account.name(),
                            account.ownerId(),
                            mrr.getOrDefault(id, 0L),
                            contract,
                            contract != null && contract.active() ? contract.nextRenewal(today) : null,
                            glance == null ? null : glance.colour(),
                            glance == null ? 101 : glance.score());
                }))
                .flatMap(Optional::stream)
                .filter(row -> row.mrr() > 0 || row.contract() != null)
                .toList();
    }

    private static Comparator<CustomerRow> order(String sort) {
        boolean descending = sort.startsWith("-");
        Comparator<CustomerRow> order = switch (sort.replace("-", "")) {
            case "renewal" ->
                Comparator.comparing(CustomerRow::nextRenewal, Comparator.nullsLast(Comparator.naturalOrder()));
            case "name" -> Comparator.comparing(CustomerRow::accountName);
            default -> Comparator.comparingLong(CustomerRow::mrr);
        };
        if (descending) {
            order = sort.equals("-renewal")
                    ? Comparator.comparing(
                            CustomerRow::nextRenewal, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    : order.reversed();
        }
        return order.thenComparing(CustomerRow::accountName).thenComparingLong(CustomerRow::accountId);
    }
}
