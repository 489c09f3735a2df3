package dev.tasuki.success;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.internal.ChurnReasons;
import dev.tasuki.success.internal.Contracts;
import dev.tasuki.success.internal.HealthBoard;
import dev.tasuki.success.internal.MrrLevels;
import dev.tasuki.success.internal.RenewalDesk;
import dev.tasuki.success.internal.SuccessAccess;

/**
 * Contracts and their renewals: what comes up for renewal in the next days, marking a renewal renewed (with the new
 * MRR) or lost (with a churn reason), and the admin's list of churn reasons. Everyone reads; Customer Success and
 * admins decide.
 */
@Service
@Transactional
public class Renewals {

    public static final List<Integer> WINDOWS = List.of(30, 60, 90);
    public static final int MAX_DAYS = 366;

    private final Contracts contracts;
    private final RenewalDesk desk;
    private final ChurnReasons reasons;
    private final MrrLevels levels;
    private final HealthBoard health;
    private final Accounts accounts;
    private final OrganisationClock clock;

    Renewals(
            Contracts contracts,
            RenewalDesk desk,
            ChurnReasons reasons,
            MrrLevels levels,
            HealthBoard health,
            Accounts accounts,
            OrganisationClock clock) {
        this.contracts = contracts;
        this.desk = desk;
        this.reasons = reasons;
        this.levels = levels;
        this.health = health;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Active contracts due for renewal within the days from today, overdue ones included, soonest first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Renewal> upcoming(int days) {
        LocalDate today = clock.today();
        LocalDate until = today.plusDays(Math.max(0, Math.min(days, MAX_DAYS)));
        List<Contract> due = contracts.activeDueBy(until).stream()
                .filter(contract -> !contract.nextRenewal(today).isAfter(until))
                .toList();
        Map<Long, HealthBoard.Glance> glances =
                health.glances(due.stream().map(Contract::accountId).toList());
        return due.stream()
                .map(contract -> renewal(contract, today, glances.get(contract.accountId())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Renewal::dueOn).thenComparing(Renewal::accountName))
                .toList();
    }

    /** The account's renewal that is due next, if it has an active contract. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Renewal> of(long accountId) {
        LocalDate today = clock.today();
        return contracts
                .find(accountId)
                .filter(Contract::active)
                .flatMap(contract -> renewal(
                        contract, today, health.glances(List.of(accountId)).get(accountId)));
    }

    @Transactional(readOnly = true)
    public String accountName(long accountId) {
        return accounts.get(accountId).name();
    }

    @Transactional(readOnly = true)
    public Optional<Contract> contractOf(long accountId) {
        return contracts.find(accountId);
    }

    public boolean mayDecide(SignedInUser user) {
        return SuccessAccess.mayChange(user);
    }

    public RenewalDecision renew(long accountId, RenewContract command, SignedInUser by) {
        accounts.get(accountId);
        return desk.renew(accountId, command, by);
    }

    public RenewalDecision lose(long accountId, LoseContract command, SignedInUser by) {
        accounts.get(accountId);
        return desk.lose(accountId, command, by);
    }

    @Transactional(readOnly = true)
    public List<ChurnReason> reasons() {
        return reasons.active();
    }

    @Transactional(readOnly = true)
    public List<ChurnReason> allReasons() {
        return reasons.all();
    }

    @Transactional(readOnly = true)
    public Optional<ChurnReason> reason(String code) {
        return code == null ? Optional.empty() : reasons.find(code);
    }

    /** Adds or changes a churn reason (admins only). */
    public void saveReason(ChurnReason reason, SignedInUser by) {
        if (!by.is(Role.ADMIN)) {
            throw SuccessRuleBroken.notCustomerSuccess();
        }
        reasons.save(reason);
    }

    private Optional<Renewal> renewal(Contract contract, LocalDate today, HealthBoard.Glance glance) {
        return accounts.find(contract.accountId())
                .map((Account account) -> new Renewal(
                        account.id(),
                        account.name(),
                        account.ownerId(),
                        contract,
                        contract.nextRenewal(today),
                        contract.daysToRenewal(today),
                        levels.at(account.id(), today),
                        glance == null ? null : glance.colour()));
    }
}
