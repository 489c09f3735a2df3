package dev.tasuki.deal.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.deal.DealStageEntry;
import dev.tasuki.platform.JdbcValues;

@Repository
public class DealStageEntries {

    private final JdbcClient jdbc;

    DealStageEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long dealId, long accountId, String from, String to, Instant at, Long by) {
        jdbc.sql("""
                insert into deal_stage_entry (deal_id, account_id, from_stage, to_stage, entered_at, by_user_id)
                values (:deal, :account, :from, :to, :at, :by)
                """)
                .param("deal", dealId)
                .param("account", accountId)
                .param("from", from)
                .param("to", to)
                .param("at", JdbcValues.utc(at))
                .param("by", by)
                .update();
    }

    public List<DealStageEntry> of(long dealId) {
        return jdbc.sql("select * from deal_stage_entry where deal_id = :deal order by entered_at, id")
                .param("deal", dealId)
                .query((rs, row) -> {
                    long by = rs.getLong("by_user_id");
                    Long byUserId = rs.wasNull() ? null : by;
                    return new DealStageEntry(
                            rs.getString("from_stage"),
                            rs.getString("to_stage"),
                            rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                            byUserId);
                })
                .list();
    }
}
