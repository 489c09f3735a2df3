package dev.tasuki.success.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.success.ChurnReason;

@Repository
public class ChurnReasons {

    private final JdbcClient jdbc;

    ChurnReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChurnReason> active() {
        return jdbc.sql("select * from churn_reason where active = true order by sort_order, code")
                .query(ChurnReasons::map)
                .list();
    }

    public List<ChurnReason> all() {
        return jdbc.sql("select * from churn_reason order by sort_order, code")
                .query(ChurnReasons::map)
                .list();
    }

    public Optional<ChurnReason> find(String code) {
        return jdbc.sql("select * from churn_reason where code = :code")
                .param("code", code)
                .query(ChurnReasons::map)
                .optional();
    }

    /** Adds the code, or changes it when it exists. */
    public void save(ChurnReason reason) {
        int updated = jdbc.sql("""
                update churn_reason set label_ja = :ja, label_en = :en, sort_order = :sort, active = :active where
                    code = :code
                """)
                .param("ja", reason.labelJa())
                .param("en", reason.labelEn())
                .param("sort", reason.sortOrder())
                .param("active", reason.active())
                .param("code", reason.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into churn_reason (code, label_ja, label_en, sort_order, active) values (:code, :ja, :en,
                        :sort, :active)
                    """)
                    .param("code", reason.code())
                    .param("ja", reason.labelJa())
                    .param("en", reason.labelEn())
                    .param("sort", reason.sortOrder())
                    .param("active", reason.active())
                    .update();
        }
    }

    private static ChurnReason map(ResultSet rs, int row) throws SQLException {
        return new ChurnReason(
                rs.getString("code"),
                rs.getString("label_ja"),
                rs.getString("label_en"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"));
    }
}
