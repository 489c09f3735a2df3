package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.platform.Formats;
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence from deals and MRR (read-only SQL over deal's and success's tables): new business won through the relay's
 * defined process (PROC-1) and net revenue retention over the last twelve months (CX-3, METRICS.md's nrr).
 */
@Component
class RevenueEvidence implements EvidenceSource {

    static final Duration HALF_YEAR = Duration.ofDays(180);

    private final JdbcClient jdbc;
    private final OrganisationClock clock;
    private final Formats formats;

    RevenueEvidence(JdbcClient jdbc, OrganisationClock clock, Formats formats) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.formats = formats;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("PROC-1", "CX-3");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "PROC-1" -> wonThroughTheRelay();
            case "CX-3" -> netRevenueRetention(today);
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** NEW deals won in the last 180 days that came from a lead through the relay's handoffs: ○ 80 %, △ 50 %. */
    private Evidence wonThroughTheRelay() {
        Instant now = clock.now();
        Share relayed = jdbc.sql("""
                select count(*) as whole, count(lead_id) as part from deal
                 where type = 'NEW' and status = 'WON' and closed_at >= :from and closed_at < :now
                """)
                .param("from", utc(now.minus(HALF_YEAR)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return relayed.evidence("PROC-1", 80, 50, new Figure("healthcheck.figure.wonThroughRelay", relayed.shown()));
    }

    /**
     * nrr for [today − 12 months, today): (mrrStart + expansion − contraction − churn) / mrrStart over the accounts
     * with MRR above 0 at the start: ○ 100 % or more, △ 90 %, × below; nothing to rate without MRR at the start.
     */
    private Evidence netRevenueRetention(LocalDate today) {
        LocalDate from = today.minusMonths(12);
        long[] figures = jdbc.sql("""
                with start_mrr as (
                    select account_id, sum(amount) as mrr from mrr_movement where movement_on < :from
                     group by account_id having sum(amount) > 0)
                select (select coalesce(sum(mrr), 0) from start_mrr) as mrr_start,
                       coalesce(sum(case when m.kind = 'EXPANSION' then m.amount else 0 end), 0) as expansion,
                       coalesce(sum(case when m.kind = 'CONTRACTION' then -m.amount else 0 end), 0) as contraction,
                       coalesce(sum(case when m.kind = 'CHURN' then -m.amount else 0 end), 0) as churn
                  from mrr_movement m join start_mrr s on s.account_id = m.account_id
                 where m.movement_on >= :from and m.movement_on < :to
                """)
                .param("from", from)
                .param("to", today)
                .query((rs, row) -> new long[] {
                    rs.getLong("mrr_start"), rs.getLong("expansion"), rs.getLong("contraction"), rs.getLong("churn")
                })
                .single();
        long start = figures[0];
        Share retained = new Share(start + figures[1] - figures[2] - figures[3], start);
        return retained.evidence(
                "CX-3",
                100,
                90,
                new Figure("healthcheck.figure.nrr", retained.percentShown()),
                new Figure("healthcheck.figure.mrrStart", formats.yen(start)),
                new Figure("healthcheck.figure.expansion", formats.yen(figures[1])),
                new Figure("healthcheck.figure.contraction", formats.yen(figures[2])),
                new Figure("healthcheck.figure.churn", formats.yen(figures[3])));
    }
}
