package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.instant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.platform.Formats;
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence of regular review (PDCA-1) from the health check's own history: when an assessment was last closed, against
 * the interval the organisation set.
 */
@Component
class ReviewEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final CheckInterval interval;
    private final OrganisationClock clock;
    private final Formats formats;

    ReviewEvidence(JdbcClient jdbc, CheckInterval interval, OrganisationClock clock, Formats formats) {
        this.jdbc = jdbc;
        this.interval = interval;
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("PDCA-1");
    }

    /**
     * ○ when an assessment closed within the interval (N months), △ within twice the interval, × before that or never.
     */
    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        int months = interval.current().months();
        LocalDate closedOn = jdbc.sql("select max(closed_at) as last_closed from hc_assessment")
                .query((rs, row) -> Optional.ofNullable(instant(rs, "last_closed")))
                .single()
                .map(at -> at.atZone(clock.zone()).toLocalDate())
                .orElse(null);
        Rating rating = closedOn == null || closedOn.isBefore(today.minusMonths(2L * months))
                ? Rating.POOR
                : closedOn.isBefore(today.minusMonths(months)) ? Rating.PARTIAL : Rating.GOOD;
        String since =
                closedOn == null ? "—" : formats.date(closedOn) + " (" + ChronoUnit.DAYS.between(closedOn, today) + ")";
        return Evidence.of(
                "PDCA-1",
                rating,
                List.of(new Figure("healthcheck.figure.lastClosed", since)),
                "healthcheck.rule.PDCA-1",
                months,
                2 * months);
    }
}
