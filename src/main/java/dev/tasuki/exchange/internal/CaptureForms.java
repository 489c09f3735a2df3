package dev.tasuki.exchange.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.LeadSource;

/**
 * Capture forms and the attempts made on them. A key is 24 random bytes (192 bits), URL-safe: it cannot be guessed, so
 * a form can only be posted to by whoever has its snippet.
 */
@Repository
class CaptureForms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    CaptureForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaptureForm create(String name, LeadSource source, Long campaignId, List<String> origins, long by, Instant now) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into capture_form (form_key, name, source, campaign_id, allowed_origins, created_by, created_at)
                values (:key, :name, :source, :campaign, :origins, :by, :now)
                """)
                .param("key", key)
                .param("name", name)
                .param("source", source.name())
                .param("campaign", campaignId)
                .param("origins", String.join(" ", origins))
                .param("by", by)
                .param("now", utc(now))
                .update();
        return byKey(key).orElseThrow();
    }

    Optional<CaptureForm> byKey(String key) {
        return jdbc.sql("select * from capture_form where form_key = :key")
                .param("key", key)
                .query(CaptureForms::map)
                .optional();
    }

    List<CaptureForm> all() {
        return jdbc.sql("select * from capture_form order by created_at desc, id desc")
                .query(CaptureForms::map)
                .list();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update capture_form set active = :active where id = :id")
                .param("active", active)
                .param("id", id)
                .update();
    }

    void setOrigins(long id, List<String> origins) {
        jdbc.sql("update capture_form set allowed_origins = :origins where id = :id")
                .param("origins", String.join(" ", origins))
                .param("id", id)
                .update();
    }

    /** Records an attempt from the address and answers how many it made within the window, this one included. */
    int attempt(String address, Instant now, Duration window) {
        jdbc.sql("delete from capture_attempt where attempted_at < :cutoff")
                .param("cutoff", utc(now.minus(window)))
                .update();
        jdbc.sql("insert into capture_attempt (address, attempted_at) values (:address, :now)")
                .param("address", address)
                .param("now", utc(now))
                .update();
        return jdbc.sql("select count(*) from capture_attempt where address = :address")
                .param("address", address)
                .query(Integer.class)
                .single();
    }

    private static CaptureForm map(ResultSet rs, int row) throws SQLException {
        return new CaptureForm(
                rs.getLong("id"),
                rs.getString("form_key"),
                rs.getString("name"),
                LeadSource.valueOf(rs.getString("source")),
                nullableLong(rs, "campaign_id"),
                rs.getBoolean("active"),
                instant(rs, "created_at"),
                Arrays.stream(rs.getString("allowed_origins").split(" "))
                        .filter(origin -> !origin.isEmpty())
                        .toList());
    }
}
