package dev.tasuki.relay.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.HandoffKind;

/** The response time each handoff kind allows (METRICS.md defaults 24 h, 48 h, 72 h; set by an admin). */
@Repository
public class HandoffSlas {

    private final JdbcClient jdbc;

    HandoffSlas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Duration of(HandoffKind kind) {
        return Duration.ofHours(jdbc.sql("select hours from handoff_sla where kind = :kind")
                .param("kind", kind.name())
                .query(Integer.class)
                .single());
    }

    public Map<HandoffKind, Integer> allHours() {
        Map<HandoffKind, Integer> hours = new EnumMap<>(HandoffKind.class);
        jdbc.sql("select kind, hours from handoff_sla")
                .query((rs, row) -> hours.put(HandoffKind.valueOf(rs.getString("kind")), rs.getInt("hours")))
                .list();
        return hours;
    }

    public void set(HandoffKind kind, int hours) {
        jdbc.sql("update handoff_sla set hours = :hours where kind = :kind")
                .param("hours", hours)
                .param("kind", kind.name())
                .update();
    }
}
