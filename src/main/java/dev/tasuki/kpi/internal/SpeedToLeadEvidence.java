package dev.tasuki.kpi.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.OrganisationClock;

/**
 * The health check's CX-1 (speed to lead) from kpi_handoff, which keeps each MQL handoff's first Inside Sales touch:
 * one range of its covering index, rather than a search of the activities for every handoff.
 */
@Component
class SpeedToLeadEvidence implements EvidenceSource {

    static final Duration WINDOW = Duration.ofDays(90);
    static final Duration SPEED_TO_LEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    SpeedToLeadEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("CX-1");
    }

    /**
     * MQL handoffs sent in the last 90 days (and at least a day ago) followed by an Inside Sales call, email or meeting
     * on the lead within 24 hours: ○ 80 %, △ 50 %.
     */
    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        Instant now = clock.now();
        Share fast = jdbc.sql("""
                select count(*) as whole,
                       sum(case when first_touch_s <= created_s + :speed then 1 else 0 end) as part
                  from kpi_handoff
                 where created_s >= :from and created_s < :dayAgo and kind = 'MKT_IS'
                """)
                .param("speed", SPEED_TO_LEAD.toSeconds())
                .param("from", now.minus(WINDOW).getEpochSecond())
                .param("dayAgo", now.minus(SPEED_TO_LEAD).getEpochSecond())
                .query(Share::read)
                .single();
        return Evidence.ofShare("CX-1", "healthcheck.figure.speedToLead", fast, 80, 50);
    }
}
