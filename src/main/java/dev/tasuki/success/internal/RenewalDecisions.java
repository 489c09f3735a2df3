package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.deal.ContractTerm;
import dev.tasuki.success.RenewalOutcome;

/** The renewal_decision table: every renewal decision as it was made. */
@Repository
class RenewalDecisions {

    private final JdbcClient jdbc;

    RenewalDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long accountId,
            RenewalOutcome outcome,
            LocalDate renewalOn,
            ContractTerm term,
            long mrrBefore,
            long mrrAfter,
            String reasonCode,
            String comment,
            long by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_decision (account_id, outcome, renewal_on, term, mrr_before, mrr_after, reason_code,
                                              comment, decided_at, decided_by)
                values (:account, :outcome, :renewal, :term, :before, :after, :reason, :comment, :at, :by)
                """)
                .param("account", accountId)
                .param("outcome", outcome.name())
                .param("renewal", renewalOn)
                .param("term", term.name())
                .param("before", mrrBefore)
                .param("after", mrrAfter)
                .param("reason", reasonCode)
                .param("comment", comment)
                .param("at", utc(at))
                .param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
