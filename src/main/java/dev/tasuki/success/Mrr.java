package dev.tasuki.success;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Accounts;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.internal.MrrBook;
import dev.tasuki.success.internal.MrrLevels;
import dev.tasuki.success.internal.MrrMovements;
import dev.tasuki.success.internal.SuccessAccess;

/**
 * Accounts' MRR: reading an account's levels and movements, and setting a level by hand (Customer Success and admins).
 * Deals set levels through their events, renewals through {@link Renewals}, files through {@link MrrImport}.
 */
@Service
@Transactional
public class Mrr {

    private final MrrBook book;
    private final MrrLevels levels;
    private final MrrMovements movements;
    private final Accounts accounts;
    private final OrganisationClock clock;

    Mrr(MrrBook book, MrrLevels levels, MrrMovements movements, Accounts accounts, OrganisationClock clock) {
        this.book = book;
        this.levels = levels;
        this.movements = movements;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MrrHistory of(long accountId) {
        accounts.get(accountId);
        return new MrrHistory(
                accountId,
                clock.today(),
                levels.at(accountId, clock.today()),
                levels.ofAccount(accountId),
                movements.ofAccount(accountId));
    }

    /** Every account with MRR history and its MRR today. */
    @Transactional(readOnly = true)
    public Map<Long, Long> allToday() {
        return levels.allAt(clock.today());
    }

    public boolean mayChange(SignedInUser user) {
        return SuccessAccess.mayChange(user);
    }

    public MrrHistory set(long accountId, SetMrrLevel command, SignedInUser by) {
        SuccessAccess.checkChange(by);
        accounts.get(accountId);
        if (command.effectiveOn() == null) {
            throw SuccessRuleBroken.dayRequired();
        }
        if (command.mrr() == null) {
            throw SuccessRuleBroken.mrrRequired();
        }
        if (command.mrr() < 0) {
            throw SuccessRuleBroken.mrrNegative();
        }
        book.set(accountId, command.effectiveOn(), command.mrr(), MrrSource.MANUAL, null, by.id());
        return of(accountId);
    }
}
