package dev.tasuki.customer.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.OrganisationClock;

/**
 * The health check's evidence from the activities: departments logging their work (COMM-3); and, for the relay's
 * DATA-2, the accounts worked by several departments.
 */
@Component
public class ActivityEvidence implements EvidenceSource {

    static final Duration MONTH = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    ActivityEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("COMM-3");
    }

    /**
     * Departments that logged an activity (call, email, meeting, note, task) in the last 30 days: ○ all 4, △ 2 or 3, ×
     * fewer.
     */
    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        Instant now = clock.now();
        long logging = jdbc.sql("""
                select count(distinct by_department) from activity
                 where by_department is not null and occurred_at >= :from and occurred_at < :now
                """)
                .param("from", utc(now.minus(MONTH)))
                .param("now", utc(now))
                .query(Long.class)
                .single();
        Rating rating = logging >= 4 ? Rating.GOOD : logging >= 2 ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "COMM-3",
                rating,
                List.of(new Figure("healthcheck.figure.departmentsLogging", logging + " / 4")),
                "healthcheck.rule.COMM-3");
    }

    /** Accounts with activities of a department, the part of them with activities of two departments or more. */
    public Share accountsWorkedBySeveralDepartments() {
        return jdbc.sql("""
                select count(*) as whole, sum(case when departments >= 2 then 1 else 0 end) as part
                  from (select account_id, count(distinct by_department) as departments from activity
                         where account_id is not null and by_department is not null group by account_id) worked
                """).query(Share::read).single();
    }
}
