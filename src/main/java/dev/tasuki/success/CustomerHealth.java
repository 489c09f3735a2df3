package dev.tasuki.success;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Accounts;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.internal.HealthBoard;
import dev.tasuki.success.internal.HealthSettings;

/**
 * Each customer's health: green, yellow or red, from the admin-editable inputs, with the reasons; the customers at
 * risk; and the settings.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class CustomerHealth {

    /** A customer at risk: the account, its MRR today and its health with the reasons. */
    public record AtRisk(long accountId, String accountName, Long ownerId, long mrr, Health health) {}

    private final HealthBoard board;
    private final HealthSettings settings;
    private final Customers customers;
    private final Accounts accounts;

    CustomerHealth(HealthBoard board, HealthSettings settings, Customers customers, Accounts accounts) {
        this.board = board;
        this.settings = settings;
        this.customers = customers;
        this.accounts = accounts;
    }

    /** The account's health today, computed afresh (and remembered for the lists). */
    public Health of(long accountId) {
        accounts.get(accountId);
        Health health = board.compute(accountId);
        board.remember(health);
        return health;
    }

    /** Paying customers whose health is red or yellow, worst first, with their reasons. */
    public List<AtRisk> atRisk() {
        return customers.all().stream()
                .filter(row ->
                        row.mrr() > 0 && row.health() != null && row.health().atRisk())
                .sorted(Comparator.comparingInt(CustomerRow::score)
                        .thenComparing(CustomerRow::mrr, Comparator.reverseOrder()))
                .map(row -> new AtRisk(
                        row.accountId(), row.accountName(), row.ownerId(), row.mrr(), board.compute(row.accountId())))
                .toList();
    }

    public List<HealthSetting> settings() {
        return settings.all();
    }

    /**
     * Changes an input's weight and thresholds, or the colour bands (admins only); every stored health is recomputed.
     */
    @Transactional
    public void save(HealthSetting setting, SignedInUser by) {
        if (!by.is(Role.ADMIN)) {
            throw SuccessRuleBroken.notCustomerSuccess();
        }
        if (!settings.save(setting.code(), setting.weight(), setting.goodAt(), setting.badAt())) {
            throw SuccessRuleBroken.unknownSetting(setting.code());
        }
        board.forgetAll();
    }
}
