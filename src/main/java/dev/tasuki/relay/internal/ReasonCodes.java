package dev.tasuki.relay.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.RejectionOutcome;

@Repository
public class ReasonCodes {

    private final JdbcClient jdbc;

    ReasonCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReasonCode> active() {
        return jdbc.sql("select * from reason_code where active = true order by sort_order, code")
                .query(ReasonCodes::map)
                .list();
    }

    public List<ReasonCode> all() {
        return jdbc.sql("select * from reason_code order by sort_order, code")
                .query(ReasonCodes::map)
                .list();
    }

    /** Adds the code, or updates it when it exists: codes are never deleted, since handoffs refer to them. */
    public void save(ReasonCode reason) {
        int updated = jdbc.sql("""
                update reason_code set label_ja = :ja, label_en = :en, outcome = :outcome, sort_order = :sort, active
                    = :active
                 where code = :code
                """)
                .param("ja", reason.labelJa())
                .param("en", reason.labelEn())
                .param("outcome", reason.outcome().name())
                .param("sort", reason.sortOrder())
                .param("active", reason.active())
                .param("code", reason.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into reason_code (code, label_ja, label_en, outcome, sort_order, active)
                    values (:code, :ja, :en, :outcome, :sort, :active)
                    """)
                    .param("code", reason.code())
                    .param("ja", reason.labelJa())
                    .param("en", reason.labelEn())
                    .param("outcome", reason.outcome().name())
                    .param("sort", reason.sortOrder())
                    .param("active", reason.active())
                    .update();
        }
    }

    Optional<ReasonCode> activeCode(String code) {
        return jdbc.sql("select * from reason_code where code = :code and active = true")
                .param("code", code)
                .query(ReasonCodes::map)
                .optional();
    }

    private static ReasonCode map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReasonCode(
                rs.getString("code"),
                rs.getString("label_ja"),
                rs.getString("label_en"),
                RejectionOutcome.valueOf(rs.getString("outcome")),
                rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
