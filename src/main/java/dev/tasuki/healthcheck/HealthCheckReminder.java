package dev.tasuki.healthcheck;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.healthcheck.internal.AssessmentTable;
import dev.tasuki.healthcheck.internal.CheckInterval;
import dev.tasuki.healthcheck.internal.HealthCheckAccess;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/**
 * Whether the health check is due: no assessment started within the interval (quarterly unless an admin changed it).
 * Shown to the people who start one: managers, executives and admins.
 */
@Service
@Transactional(readOnly = true)
public class HealthCheckReminder {

    /** The check is due: when one last started (null: never) and the interval in months. */
    public record Due(LocalDate lastStartedOn, int intervalMonths) {}

    private final AssessmentTable assessments;
    private final CheckInterval interval;
    private final OrganisationClock clock;

    HealthCheckReminder(AssessmentTable assessments, CheckInterval interval, OrganisationClock clock) {
        this.assessments = assessments;
        this.interval = interval;
        this.clock = clock;
    }

    public Optional<Due> dueFor(SignedInUser user) {
        if (!HealthCheckAccess.mayLead(user)) {
            return Optional.empty();
        }
        int months = interval.current().months();
        LocalDate today = clock.today();
        Optional<LocalDate> last =
                assessments.lastStartedAt().map(at -> at.atZone(clock.zone()).toLocalDate());
        if (last.isPresent() && last.get().plusMonths(months).isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new Due(last.orElse(null), months));
    }
}
