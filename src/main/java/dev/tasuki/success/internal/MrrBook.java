package dev.tasuki.success.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.MrrLevel;
import dev.tasuki.success.MrrMoved;
import dev.tasuki.success.MrrMovement;
import dev.tasuki.success.MrrMovementWithdrawn;
import dev.tasuki.success.MrrSource;
import dev.tasuki.success.internal.MovementDerivation.Level;

/**
 * Where MRR levels are set. Each change locks the account, writes the level, derives the account's movements afresh
 * from all its levels and, in the same transaction, announces the movements that are new ({@link MrrMoved}, with a
 * timeline entry each) and those that are gone ({@link MrrMovementWithdrawn}). Callers have checked who may.
 */
@Component
public class MrrBook {

    /** A level to set: the day it takes effect and the MRR in yen. */
    public record Change(LocalDate on, long mrr) {}

    private final MrrLevels levels;
    private final MrrMovements movements;
    private final Timeline timeline;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;

    MrrBook(
            MrrLevels levels,
            MrrMovements movements,
            Timeline timeline,
            UserDirectory directory,
            ApplicationEventPublisher events,
            OrganisationClock clock) {
        this.levels = levels;
        this.movements = movements;
        this.timeline = timeline;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public MrrLevels.Outcome set(long accountId, LocalDate on, long mrr, MrrSource source, Long refId, Long byUserId) {
        return setAll(accountId, List.of(new Change(on, mrr)), source, refId, byUserId)
                .keySet()
                .iterator()
                .next();
    }

    /** Adds to the account's level of the day (an expansion deal): the level then plus the amount. */
    public MrrLevels.Outcome add(
            long accountId, LocalDate on, long amount, MrrSource source, Long refId, Long byUserId) {
        levels.lock(accountId, clock.now());
        return set(accountId, on, levels.at(accountId, on) + amount, source, refId, byUserId);
    }

    /** Sets several levels of one account and derives its movements once; counts what each change did. */
    public Map<MrrLevels.Outcome, Integer> setAll(
            long accountId, List<Change> changes, MrrSource source, Long refId, Long byUserId) {
        Instant now = clock.now();
        levels.lock(accountId, now);
        Map<MrrLevels.Outcome, Integer> outcomes = new EnumMap<>(MrrLevels.Outcome.class);
        for (Change change : changes) {
            if (change.mrr() < 0) {
                throw new IllegalArgumentException("MRR below 0: " + change.mrr());
            }
            outcomes.merge(
                    levels.put(accountId, change.on(), change.mrr(), source, refId, byUserId, now), 1, Integer::sum);
        }
        if (outcomes.keySet().stream().anyMatch(outcome -> outcome != MrrLevels.Outcome.UNCHANGED)) {
            derive(accountId, byUserId, now);
        }
        return outcomes;
    }

    /** The account's MRR on a day (0 without a level by then). */
    public long at(long accountId, LocalDate day) {
        return levels.at(accountId, day);
    }

    private void derive(long accountId, Long byUserId, Instant now) {
        List<Level> history =
                levels.ofAccount(accountId).stream().map(MrrBook::level).toList();
        List<MrrMovement> derived = MovementDerivation.of(accountId, history);
        List<MrrMovement> before = movements.ofAccount(accountId);
        List<MrrMovement> added = minus(derived, before);
        List<MrrMovement> withdrawn = minus(before, derived);
        movements.replace(accountId, derived);
        levels.recomputed(accountId, now);
        Department department = byUserId == null
                ? null
                : directory.get(byUserId).optionalDepartment().orElse(null);
        for (MrrMovement gone : withdrawn) {
            events.publishEvent(new MrrMovementWithdrawn(
                    accountId, gone.kind(), gone.amount(), gone.movementOn(), gone.mrrBefore(), gone.mrrAfter()));
        }
        for (MrrMovement movement : added) {
            timeline.record(SuccessTimeline.movement(movement, now, byUserId, department));
            events.publishEvent(new MrrMoved(
                    accountId,
                    movement.kind(),
                    movement.amount(),
                    movement.movementOn(),
                    movement.mrrBefore(),
                    movement.mrrAfter()));
        }
    }

    /** The movements of all that are not in some (as a multiset: a movement in both is matched once). */
    static List<MrrMovement> minus(List<MrrMovement> all, List<MrrMovement> some) {
        List<MrrMovement> rest = new ArrayList<>(all);
        some.forEach(rest::remove);
        return rest;
    }

    private static Level level(MrrLevel level) {
        return new Level(level.effectiveOn(), level.mrr());
    }
}
