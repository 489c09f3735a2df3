package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.Activities;
import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.OrganisationClock;

/**
 * The health check's evidence from the handoffs of the last 90 days: answered within their SLA (ORG-3), rejections that
 * explain themselves (COMM-2), and handoffs with their full context next to accounts worked by several departments
 * (DATA-2, the second share from the customer module's activities).
 */
@Component
class HandoffEvidence implements EvidenceSource {

    static final Duration WINDOW = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final Activities activities;
    private final OrganisationClock clock;

    HandoffEvidence(JdbcClient jdbc, Activities activities, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("ORG-3", "COMM-2", "DATA-2");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "ORG-3" -> withinSla();
            case "COMM-2" -> explainedRejections();
            case "DATA-2" -> dataAcrossDepartments();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /**
     * Of handoffs sent in the window that were answered or are past due, the share answered by the due time: ○ 90 %, △
     * 70 %.
     */
    private Evidence withinSla() {
        Share met = since(WINDOW, """
                select count(*) as whole,
                       sum(case when responded_at is not null and responded_at <= due_at then 1 else 0 end) as part
                  from handoff
                 where created_at >= :from and created_at < :now and (responded_at is not null or due_at < :now)
                """);
        return Evidence.ofShare("ORG-3", "healthcheck.figure.withinSla", met, 90, 70);
    }

    /**
     * Rejections answered in the window whose comment tells the sender why (every one has a reason code): ○ 80 %, △ 50
     * %.
     */
    private Evidence explainedRejections() {
        Share explained = since(WINDOW, """
                select count(*) as whole,
                       sum(case when response_comment is not null and trim(response_comment) <> '' then 1 else 0 end)
                           as part
                  from handoff
                 where status = 'REJECTED' and responded_at >= :from and responded_at < :now
                """);
        return Evidence.ofShare("COMM-2", "healthcheck.figure.explainedRejections", explained, 80, 50);
    }

    /**
     * Two shares, the worse one decides: handoffs sent in the last 90 days with their full context (a note; for IS→FS
     * also all four of BANT and the appointment), ○ 90 %, △ 70 %; and accounts with activities whose activities come
     * from two or more departments, ○ 50 %, △ 25 %.
     */
    private Evidence dataAcrossDepartments() {
        Share context = since(WINDOW, """
                select count(*) as whole,
                       sum(case when trim(note) <> ''
                                 and (kind <> 'IS_FS' or (trim(coalesce(budget, '')) <> '' and
                                     trim(coalesce(authority, '')) <> ''
                                      and trim(coalesce(need, '')) <> '' and trim(coalesce(timing, '')) <> '' and
                                          appointment_at is not null))
                                then 1 else 0 end) as part
                  from handoff where created_at >= :from and created_at < :now
                """);
        Share shared = activities.accountsWorkedBySeveralDepartments();
        Rating rating = Share.worse(context.rate(90, 70), shared.rate(50, 25));
        return Evidence.of(
                "DATA-2",
                rating,
                List.of(
                        new Figure("healthcheck.figure.fullContext", context.shown()),
                        new Figure("healthcheck.figure.accountsSeveralDepartments", shared.shown())),
                "healthcheck.rule.DATA-2",
                90,
                70,
                50,
                25);
    }

    /** The share a query counts over the rows from the time that long ago (:from) up to now (:now). */
    private Share since(Duration ago, String sql) {
        Instant now = clock.now();
        return jdbc.sql(sql)
                .param("from", utc(now.minus(ago)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
    }
}
