package dev.tasuki.success.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Activities;
import dev.tasuki.customer.Activity;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.AccountRelay;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrMovement;

/**
 * Measures an account's health inputs through the public APIs of the modules that own them: activities and tasks
 * (customer), the onboarding handoff (relay), MRR movements (ours). NPS has no module yet: always no data.
 */
@Component
class HealthFactsReader {

    static final int TREND_DAYS = 90;

    private final Activities activities;
    private final AccountRelay relay;
    private final MrrLevels levels;
    private final MrrMovements movements;
    private final OrganisationClock clock;

    HealthFactsReader(
            Activities activities,
            AccountRelay relay,
            MrrLevels levels,
            MrrMovements movements,
            OrganisationClock clock) {
        this.activities = activities;
        this.relay = relay;
        this.levels = levels;
        this.movements = movements;
        this.clock = clock;
    }

    HealthFacts read(long accountId, LocalDate today) {
        ZoneId zone = clock.zone();
        List<Activity> logged = activities.ofAccount(accountId);
        Long daysSinceActivity = logged.stream()
                .filter(a -> a.kind() != ActivityKind.TASK)
                .map(a -> a.occurredAt().atZone(zone).toLocalDate())
                .max(Comparator.naturalOrder())
                .map(last -> Math.max(0, ChronoUnit.DAYS.between(last, today)))
                .orElse(null);
        int overdue = (int) logged.stream()
                .filter(a -> a.kind() == ActivityKind.TASK
                        && a.doneAt() == null
                        && a.dueOn() != null
                        && a.dueOn().isBefore(today))
                .count();
        LocalDate from = today.minusDays(TREND_DAYS);
        List<MrrMovement> window = movements.ofAccount(accountId, from.plusDays(1), today.plusDays(1));
        long base = levels.at(accountId, from);
        long net = 0;
        for (MrrMovement movement : window) {
            boolean start = movement.kind() == MovementKind.NEW || movement.kind() == MovementKind.REACTIVATION;
            if (start && base == 0) {
                base = movement.amount();
            } else if (!start) {
                net += movement.amount();
            }
        }
        return new HealthFacts(
                daysSinceActivity,
                base,
                net,
                overdue,
                onboarding(accountId, today).orElse(null),
                null);
    }

    private Optional<HealthFacts.Onboarding> onboarding(long accountId, LocalDate today) {
        return relay.handoffs(accountId).stream()
                .filter(h -> h.kind() == HandoffKind.FS_CS)
                .findFirst()
                .map(handoff -> switch (handoff.status()) {
                    case ACCEPTED ->
                        new HealthFacts.Onboarding(
                                HealthFacts.Onboarding.Status.ACCEPTED, daysSince(handoff.respondedAt(), today));
                    case PENDING ->
                        new HealthFacts.Onboarding(
                                HealthFacts.Onboarding.Status.PENDING, daysSince(handoff.createdAt(), today));
                    case REJECTED ->
                        new HealthFacts.Onboarding(
                                HealthFacts.Onboarding.Status.REJECTED, daysSince(handoff.respondedAt(), today));
                });
    }

    private long daysSince(Instant at, LocalDate today) {
        return at == null
                ? 0
                : Math.max(0, ChronoUnit.DAYS.between(at.atZone(clock.zone()).toLocalDate(), today));
    }
}
