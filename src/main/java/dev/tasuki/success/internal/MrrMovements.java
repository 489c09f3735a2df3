package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.day;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrMovement;

/** The mrr_movement table: derived rows, replaced as a whole for an account whenever its levels change. */
@Repository
public class MrrMovements {

    private static final String COLUMNS = "account_id, movement_on, kind, amount, mrr_before, mrr_after";

    private final JdbcClient jdbc;

    MrrMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's movements, oldest first. */
    public List<MrrMovement> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from mrr_movement where account_id = :account order by movement_on, id")
                .param("account", accountId)
                .query(MrrMovements::map)
                .list();
    }

    /** The account's movements dated in [from, to), oldest first. */
    public List<MrrMovement> ofAccount(long accountId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from mrr_movement where account_id = :account"
                        + " and movement_on >= :from and movement_on < :to order by movement_on, id")
                .param("account", accountId)
                .param("from", from)
                .param("to", to)
                .query(MrrMovements::map)
                .list();
    }

    void replace(long accountId, List<MrrMovement> movements) {
        jdbc.sql("delete from mrr_movement where account_id = :account")
                .param("account", accountId)
                .update();
        for (MrrMovement movement : movements) {
            jdbc.sql("insert into mrr_movement (" + COLUMNS
                            + ") values (:account, :on, :kind, :amount, :before, :after)")
                    .param("account", accountId)
                    .param("on", movement.movementOn())
                    .param("kind", movement.kind().name())
                    .param("amount", movement.amount())
                    .param("before", movement.mrrBefore())
                    .param("after", movement.mrrAfter())
                    .update();
        }
    }

    private static MrrMovement map(ResultSet rs, int row) throws SQLException {
        return new MrrMovement(
                rs.getLong("account_id"),
                day(rs, "movement_on"),
                MovementKind.valueOf(rs.getString("kind")),
                rs.getLong("amount"),
                rs.getLong("mrr_before"),
                rs.getLong("mrr_after"));
    }
}
