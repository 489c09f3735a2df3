package dev.tasuki.exchange.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook endpoints and the outbox of their deliveries. */
@Repository
class WebhookStore {

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addEndpoint(String url, String secret, List<WebhookEvent> events, long by, Instant now) {
        jdbc.sql("""
                insert into webhook_endpoint (url, secret, events, created_by, created_at) values (:url, :secret,
                    :events, :by, :now)
                """)
                .param("url", url)
                .param("secret", secret)
                .param("events", events.stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("by", by)
                .param("now", utc(now))
                .update();
    }

    List<WebhookEndpoint> endpoints() {
        return jdbc.sql("select * from webhook_endpoint order by created_at desc, id desc")
                .query(WebhookStore::endpoint)
                .list();
    }

    /** Whether any endpoint was ever added (they are deactivated, never deleted). */
    boolean anyEndpoint() {
        return jdbc.sql("select count(*) from webhook_endpoint")
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<WebhookEndpoint> endpoint(long id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id")
                .param("id", id)
                .query(WebhookStore::endpoint)
                .optional();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update webhook_endpoint set active = :active where id = :id")
                .param("active", active)
                .param("id", id)
                .update();
    }

    void enqueue(long endpointId, String messageId, String type, String payload, Instant now) {
        jdbc.sql("""
                insert into webhook_delivery (endpoint_id, message_id, event_type, payload, status, next_attempt_at,
                    created_at)
                values (:endpoint, :message, :type, :payload, 'PENDING', :now, :now)
                """)
                .param("endpoint", endpointId)
                .param("message", messageId)
                .param("type", type)
                .param("payload", payload)
                .param("now", utc(now))
                .update();
    }

    /** Due deliveries not claimed by a node right now, oldest first. */
    List<WebhookDelivery> due(Instant now, int limit) {
        return jdbc.sql("""
                select * from webhook_delivery
                 where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until <
                     :now)
                 order by next_attempt_at, id limit :limit
                """)
                .param("now", utc(now))
                .param("limit", limit)
                .query(WebhookStore::delivery)
                .list();
    }

    /** Claims a delivery for this node until the time given; false when another node has just claimed it. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("""
                update webhook_delivery set claimed_until = :until
                 where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)
                """)
                        .param("until", utc(until))
                        .param("id", id)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    void attempted(
            long id, WebhookDelivery.Status status, Integer statusCode, String error, Instant next, Instant now) {
        jdbc.sql("""
                update webhook_delivery set status = :status, attempts = attempts + 1, last_status_code = :code,
                    last_error = :error,
                       next_attempt_at = :next, claimed_until = null,
                       delivered_at = case when :status = 'DELIVERED' then :now else delivered_at end
                 where id = :id
                """)
                .param("status", status.name())
                .param("code", statusCode)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
                .param("next", utc(next))
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** Sends the message again as soon as possible, with its own id, so a receiver can tell it has it. */
    void redeliver(long id, Instant now) {
        jdbc.sql("update webhook_delivery set status = 'PENDING', next_attempt_at = :now, claimed_until ="
                        + " null where id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    Optional<WebhookDelivery> delivery(long id) {
        return jdbc.sql("select * from webhook_delivery where id = :id")
                .param("id", id)
                .query(WebhookStore::delivery)
                .optional();
    }

    List<WebhookDelivery> recent(int limit) {
        return jdbc.sql("select * from webhook_delivery order by created_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(WebhookStore::delivery)
                .list();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("secret"),
                WebhookEvent.parse(rs.getString("events")),
                rs.getBoolean("active"),
                instant(rs, "created_at"));
    }

    private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer statusCode = rs.wasNull() ? null : code;
        return new WebhookDelivery(
                rs.getLong("id"),
                rs.getLong("endpoint_id"),
                rs.getString("message_id"),
                rs.getString("event_type"),
                rs.getString("payload"),
                WebhookDelivery.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                statusCode,
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "delivered_at"));
    }
}
