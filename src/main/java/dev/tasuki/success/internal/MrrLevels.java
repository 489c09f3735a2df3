package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.day;
import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.success.MrrLevel;
import dev.tasuki.success.MrrSource;

/** The mrr_level table (one level per account per day) and the per-account lock row in mrr_account. */
@Repository
public class MrrLevels {

    /** What setting a day's level did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private static final String COLUMNS = "account_id, effective_on, mrr, source, ref_id, recorded_at, recorded_by";

    private final JdbcClient jdbc;

    MrrLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the account's lock row until the transaction ends, creating it at the account's first level. Two writers
     * creating it at the very same moment: the second fails at the primary key and its change is refused.
     */
    void lock(long accountId, Instant now) {
        boolean exists = jdbc.sql("select account_id from mrr_account where account_id = :account for update")
                .param("account", accountId)
                .query(Long.class)
                .optional()
                .isPresent();
        if (!exists) {
            jdbc.sql("insert into mrr_account (account_id, recomputed_at) values (:account, :now)")
                    .param("account", accountId)
                    .param("now", utc(now))
                    .update();
        }
    }

    void recomputed(long accountId, Instant now) {
        jdbc.sql("update mrr_account set recomputed_at = :now where account_id = :account")
                .param("now", utc(now))
                .param("account", accountId)
                .update();
    }

    /** Sets the account's level of a day, replacing that day's level if it had one. */
    Outcome put(long accountId, LocalDate day, long mrr, MrrSource source, Long refId, Long by, Instant now) {
        Optional<MrrLevel> existing = on(accountId, day);
        if (existing.isPresent() && existing.get().mrr() == mrr) {
            return Outcome.UNCHANGED;
        }
        if (existing.isPresent()) {
            jdbc.sql("""
                    update mrr_level set mrr = :mrr, source = :source, ref_id = :ref, recorded_at = :now, recorded_by
                        = :by
                     where account_id = :account and effective_on = :day
                    """)
                    .param("mrr", mrr)
                    .param("source", source.name())
                    .param("ref", refId)
                    .param("now", utc(now))
                    .param("by", by)
                    .param("account", accountId)
                    .param("day", day)
                    .update();
            return Outcome.UPDATED;
        }
        jdbc.sql("insert into mrr_level (" + COLUMNS + ") values (:account, :day, :mrr, :source, :ref, :now, :by)")
                .param("account", accountId)
                .param("day", day)
                .param("mrr", mrr)
                .param("source", source.name())
                .param("ref", refId)
                .param("now", utc(now))
                .param("by", by)
                .update();
        return Outcome.CREATED;
    }

    Optional<MrrLevel> on(long accountId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from mrr_level where account_id = :account and effective_on = :day")
                .param("account", accountId)
                .param("day", day)
                .query(MrrLevels::map)
                .optional();
    }

    /** The account's levels, oldest first. */
    public List<MrrLevel> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from mrr_level where account_id = :account order by effective_on")
                .param("account", accountId)
                .query(MrrLevels::map)
                .list();
    }

    /** The account's MRR on a day: its latest level effective on or before it, 0 without one. */
    public long at(long accountId, LocalDate day) {
        return jdbc.sql("""
                select mrr from mrr_level
                 where account_id = :account and effective_on <= :day
                 order by effective_on desc limit 1
                """)
                .param("account", accountId)
                .param("day", day)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Every account with levels, and its MRR on the day (0 for those whose first level is later). */
    public Map<Long, Long> allAt(LocalDate day) {
        Map<Long, Long> mrr = new HashMap<>();
        jdbc.sql("select account_id from mrr_account").query(Long.class).list().forEach(id -> mrr.put(id, 0L));
        jdbc.sql("""
                select l.account_id, l.mrr from mrr_level l
                 where l.effective_on = (select max(x.effective_on) from mrr_level x
                                          where x.account_id = l.account_id and x.effective_on <= :day)
                """)
                .param("day", day)
                .query((rs, row) -> Map.entry(rs.getLong("account_id"), rs.getLong("mrr")))
                .list()
                .forEach(entry -> mrr.put(entry.getKey(), entry.getValue()));
        return mrr;
    }

    private static MrrLevel map(ResultSet rs, int row) throws SQLException {
        return new MrrLevel(
                rs.getLong("account_id"),
                day(rs, "effective_on"),
                rs.getLong("mrr"),
                MrrSource.valueOf(rs.getString("source")),
                nullableLong(rs, "ref_id"),
                instant(rs, "recorded_at"),
                nullableLong(rs, "recorded_by"));
    }
}
