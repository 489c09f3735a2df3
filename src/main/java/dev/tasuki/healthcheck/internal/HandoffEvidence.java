package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.instant;
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
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence from the relay's handoffs of the last 90 days (read-only SQL over relay's and customer's tables): answered
 * within their SLA (ORG-3), rejections that explain themselves (COMM-2), and MQLs that Inside Sales touched within a
 * day (CX-1).
 */
@Component
class HandoffEvidence implements EvidenceSource {

    static final Duration WINDOW = Duration.ofDays(90);
    static final Duration SPEED_TO_LEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    HandoffEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("ORG-3", "COMM-2", "CX-1");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "ORG-3" -> withinSla();
            case "COMM-2" -> explainedRejections();
            case "CX-1" -> speedToLead();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /**
     * Of handoffs sent in the window that were answered or are past due, the share answered by the due time: ○ 90 %, △
     * 70 %.
     */
    private Evidence withinSla() {
        Instant now = clock.now();
        Share met = jdbc.sql("""
                select count(*) as whole,
                       sum(case when responded_at is not null and responded_at <= due_at then 1 else 0 end) as part
                  from handoff
                 where created_at >= :from and created_at < :now and (responded_at is not null or due_at < :now)
                """)
                .param("from", utc(now.minus(WINDOW)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return met.evidence("ORG-3", 90, 70, new Figure("healthcheck.figure.withinSla", met.shown()));
    }

    /**
     * Rejections answered in the window whose comment tells the sender why (every one has a reason code): ○ 80 %, △ 50
     * %.
     */
    private Evidence explainedRejections() {
        Instant now = clock.now();
        Share explained = jdbc.sql("""
                select count(*) as whole,
                       sum(case when response_comment is not null and trim(response_comment) <> '' then 1 else 0 end)
                           as part
                  from handoff
                 where status = 'REJECTED' and responded_at >= :from and responded_at < :now
                """)
                .param("from", utc(now.minus(WINDOW)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return explained.evidence(
                "COMM-2", 80, 50, new Figure("healthcheck.figure.explainedRejections", explained.shown()));
    }

    /**
     * MQL handoffs sent in the window (and at least a day ago) followed by an Inside Sales call, email or meeting on
     * the lead within 24 hours: ○ 80 %, △ 50 %.
     */
    private Evidence speedToLead() {
        Instant now = clock.now();
        List<Boolean> touched = jdbc.sql("""
                select h.created_at,
                       (select min(a.occurred_at) from activity a
                         where a.lead_id = h.lead_id and a.by_department = 'INSIDE_SALES'
                           and a.kind in ('CALL', 'EMAIL', 'MEETING') and a.occurred_at >= h.created_at) as first_touch
                  from handoff h
                 where h.kind = 'MKT_IS' and h.created_at >= :from and h.created_at < :dayAgo
                """)
                .param("from", utc(now.minus(WINDOW)))
                .param("dayAgo", utc(now.minus(SPEED_TO_LEAD)))
                .query((rs, row) -> {
                    Instant firstTouch = instant(rs, "first_touch");
                    return firstTouch != null
                            && !firstTouch.isAfter(instant(rs, "created_at").plus(SPEED_TO_LEAD));
                })
                .list();
        Share fast = new Share(touched.stream().filter(Boolean::booleanValue).count(), touched.size());
        return fast.evidence("CX-1", 80, 50, new Figure("healthcheck.figure.speedToLead", fast.shown()));
    }
}
