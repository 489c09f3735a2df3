package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.day;
import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.success.Health;
import dev.tasuki.success.HealthColour;

/** The customer_health table: each customer's latest score and colour and the day it was computed for. */
@Repository
class HealthSnapshots {

    record Snapshot(long accountId, HealthColour colour, int score, LocalDate computedOn) {}

    private final JdbcClient jdbc;

    HealthSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Snapshot> all() {
        Map<Long, Snapshot> all = new HashMap<>();
        jdbc.sql("select account_id, colour, score, computed_on from customer_health")
                .query((rs, row) -> new Snapshot(
                        rs.getLong("account_id"),
                        HealthColour.valueOf(rs.getString("colour")),
                        rs.getInt("score"),
                        day(rs, "computed_on")))
                .list()
                .forEach(snapshot -> all.put(snapshot.accountId(), snapshot));
        return all;
    }

    void put(Health health, Instant now) {
        int updated = jdbc.sql("""
                update customer_health set colour = :colour, score = :score, computed_on = :on, computed_at = :now
                 where account_id = :account
                """)
                .param("colour", health.colour().name())
                .param("score", health.score())
                .param("on", health.asOf())
                .param("now", utc(now))
                .param("account", health.accountId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into customer_health (account_id, colour, score, computed_on, computed_at)
                    values (:account, :colour, :score, :on, :now)
                    """)
                    .param("account", health.accountId())
                    .param("colour", health.colour().name())
                    .param("score", health.score())
                    .param("on", health.asOf())
                    .param("now", utc(now))
                    .update();
        }
    }

    /** Forgets the account's snapshot: its inputs changed, so it is computed afresh at the next read. */
    void forget(long accountId) {
        jdbc.sql("delete from customer_health where account_id = :account")
                .param("account", accountId)
                .update();
    }

    void forgetAll() {
        jdbc.sql("delete from customer_health").update();
    }
}
