package dev.tasuki.success.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.Health;
import dev.tasuki.success.HealthColour;

/**
 * Customers' health: computed afresh for one account, or read from the snapshots for many, recomputing those that are
 * missing (their inputs changed) or from an earlier day (days since the last activity have grown). Snapshots are only a
 * cache: they are written in a short transaction of their own, and only when the caller runs outside one (the read
 * services suspend theirs), so a page that reads never holds two connections nor fails for them.
 */
@Component
public class HealthBoard {

    /** A customer's colour and score as the lists show them. */
    public record Glance(HealthColour colour, int score) {}

    private final HealthFactsReader facts;
    private final HealthSettings settings;
    private final HealthSnapshots snapshots;
    private final OrganisationClock clock;
    private final TransactionTemplate ownTransaction;

    HealthBoard(
            HealthFactsReader facts,
            HealthSettings settings,
            HealthSnapshots snapshots,
            OrganisationClock clock,
            PlatformTransactionManager transactions) {
        this.facts = facts;
        this.settings = settings;
        this.snapshots = snapshots;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    public Health compute(long accountId) {
        LocalDate today = clock.today();
        return HealthScore.assess(accountId, facts.read(accountId, today), settings.byCode(), today);
    }

    /** The colour and score of each of the accounts, as of today. */
    public Map<Long, Glance> glances(Collection<Long> accountIds) {
        LocalDate today = clock.today();
        Map<Long, HealthSnapshots.Snapshot> stored = snapshots.all();
        Map<Long, Glance> glances = new HashMap<>();
        Map<Long, Health> fresh = new HashMap<>();
        for (long accountId : accountIds) {
            HealthSnapshots.Snapshot snapshot = stored.get(accountId);
            if (snapshot != null && today.equals(snapshot.computedOn())) {
                glances.put(accountId, new Glance(snapshot.colour(), snapshot.score()));
            } else {
                Health health = compute(accountId);
                fresh.put(accountId, health);
                glances.put(accountId, new Glance(health.colour(), health.score()));
            }
        }
        store(fresh.values());
        return glances;
    }

    /** Remembers a health computed for a page, so lists agree with it. */
    public void remember(Health health) {
        store(List.of(health));
    }

    public void forget(long accountId) {
        snapshots.forget(accountId);
    }

    public void forgetAll() {
        snapshots.forgetAll();
    }

    private void store(Collection<Health> computed) {
        if (computed.isEmpty() || TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(
                    status -> computed.forEach(health -> snapshots.put(health, clock.now())));
        } catch (DataAccessException raced) {
            // Another request stored the same snapshot at the same moment; the next read recomputes it anyway.
        }
    }
}
