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
        return jdbc.sql("select * from reason_code where active = true order by sort_order, code").query(ReasonCodes::map).list();
    }

    Optional<ReasonCode> activeCode(String code) {
        return jdbc.sql("select * from reason_code where code = :code and active = true").param("code", code)
                .query(ReasonCodes::map).optional();
    }

    private static ReasonCode map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ReasonCode(rs.getString("code"), rs.getString("label_ja"), rs.getString("label_en"),
                RejectionOutcome.valueOf(rs.getString("outcome")), rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
