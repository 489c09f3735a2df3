package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.day;
import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.deal.ContractTerm;
import dev.tasuki.success.Contract;
import dev.tasuki.success.ContractStatus;

/**
 * The customer_contract table: one current contract per account. Changes made by people carry the version they read and
 * change nothing when it is stale.
 */
@Repository
public class Contracts {

    private static final String COLUMNS = """
            account_id, started_on, term, renewal_on, status, churn_reason, churn_comment, churned_on, deal_id, \
            updated_at,
            version""";

    private final JdbcClient jdbc;

    Contracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contract> find(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from customer_contract where account_id = :account")
                .param("account", accountId)
                .query(Contracts::map)
                .optional();
    }

    /** Every contract, active and churned. */
    public List<Contract> all() {
        return jdbc.sql("select " + COLUMNS + " from customer_contract")
                .query(Contracts::map)
                .list();
    }

    /** Active contracts that may be up for renewal by the day: annual ones due by then, and every monthly one. */
    public List<Contract> activeDueBy(LocalDate until) {
        return jdbc.sql("select " + COLUMNS + " from customer_contract where status = 'ACTIVE'"
                        + " and (term = 'MONTHLY' or renewal_on <= :until) order by renewal_on, account_id")
                .param("until", until)
                .query(Contracts::map)
                .list();
    }

    /** A won NEW deal starts the account's contract afresh (after a churn, too). */
    void start(long accountId, LocalDate start, ContractTerm term, long dealId, Long by, Instant now) {
        LocalDate renewal = start.plusMonths(term.months());
        int updated = jdbc.sql("""
                update customer_contract set started_on = :start, term = :term, renewal_on = :renewal, status =
                    'ACTIVE',
                       churn_reason = null, churn_comment = null, churned_on = null, deal_id = :deal, updated_at = :now,
                       updated_by = :by, version = version + 1
                 where account_id = :account
                """)
                .param("start", start)
                .param("term", term.name())
                .param("renewal", renewal)
                .param("deal", dealId)
                .param("now", utc(now))
                .param("by", by)
                .param("account", accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into customer_contract (account_id, started_on, term, renewal_on, status, deal_id,
                        updated_at,
                                                   updated_by, version)
                    values (:account, :start, :term, :renewal, 'ACTIVE', :deal, :now, :by, 0)
                    """)
                    .param("account", accountId)
                    .param("start", start)
                    .param("term", term.name())
                    .param("renewal", renewal)
                    .param("deal", dealId)
                    .param("now", utc(now))
                    .param("by", by)
                    .update();
        }
    }

    /** Renewed by a person: the next renewal day and term; false when the version was stale or the contract lost. */
    boolean renew(long accountId, int version, LocalDate nextRenewal, Long by, Instant now) {
        return jdbc.sql("""
                update customer_contract set renewal_on = :renewal, updated_at = :now, updated_by = :by, version =
                    version + 1
                 where account_id = :account and version = :version and status = 'ACTIVE'
                """)
                        .param("renewal", nextRenewal)
                        .param("now", utc(now))
                        .param("by", by)
                        .param("account", accountId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Renewed by a won RENEWAL deal: the next renewal day and the deal's term, whatever version people saw. */
    void renewByDeal(long accountId, LocalDate nextRenewal, ContractTerm term, long dealId, Long by, Instant now) {
        jdbc.sql("""
                update customer_contract set renewal_on = :renewal, term = :term, status = 'ACTIVE', deal_id = :deal,
                       updated_at = :now, updated_by = :by, version = version + 1
                 where account_id = :account
                """)
                .param("renewal", nextRenewal)
                .param("term", term.name())
                .param("deal", dealId)
                .param("now", utc(now))
                .param("by", by)
                .param("account", accountId)
                .update();
    }

    /** Lost: churned on the day with a reason; false when the version was stale or the contract not active. */
    boolean lose(
            long accountId, int version, LocalDate churnedOn, String reason, String comment, Long by, Instant now) {
        return jdbc.sql("""
                update customer_contract set status = 'CHURNED', churned_on = :churned, churn_reason = :reason,
                       churn_comment = :comment, updated_at = :now, updated_by = :by, version = version + 1
                 where account_id = :account and version = :version and status = 'ACTIVE'
                """)
                        .param("churned", churnedOn)
                        .param("reason", reason)
                        .param("comment", comment)
                        .param("now", utc(now))
                        .param("by", by)
                        .param("account", accountId)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Contract map(ResultSet rs, int row) throws SQLException {
        return new Contract(
                rs.getLong("account_id"),
                day(rs, "started_on"),
                ContractTerm.valueOf(rs.getString("term")),
                day(rs, "renewal_on"),
                ContractStatus.valueOf(rs.getString("status")),
                rs.getString("churn_reason"),
                rs.getString("churn_comment"),
                day(rs, "churned_on"),
                nullableLong(rs, "deal_id"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
