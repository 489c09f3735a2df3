package dev.tasuki.success.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.Formats;

/** The health check's evidence from the MRR movements: net revenue retention over the last twelve months (CX-3). */
@Component
class RetentionEvidence implements EvidenceSource {

    private final JdbcClient jdbc;
    private final Formats formats;

    RetentionEvidence(JdbcClient jdbc, Formats formats) {
        this.jdbc = jdbc;
        this.formats = formats;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("CX-3");
    }

    /**
     * METRICS.md's nrr for [today − 12 months, today): (mrrStart + expansion − contraction − churn) / mrrStart over the
     * accounts with MRR above 0 at the start: ○ 100 % or more, △ 90 %, × below; nothing to rate without MRR at the
     * start.
     */
    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
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
        return Evidence.ofShare(
                "CX-3",
                retained,
                100,
                90,
                List.of(
                        new Figure("healthcheck.figure.nrr", retained.percentShown()),
                        new Figure("healthcheck.figure.mrrStart", formats.yen(start)),
                        new Figure("healthcheck.figure.expansion", formats.yen(figures[1])),
                        new Figure("healthcheck.figure.contraction", formats.yen(figures[2])),
                        new Figure("healthcheck.figure.churn", formats.yen(figures[3]))));
    }
}
