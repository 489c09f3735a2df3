package dev.tasuki.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.platform.JdbcValues;
import dev.tasuki.platform.OrganisationClock;

/**
 * Counts failed sign-ins per key (an email, a client address) in the database, so every app node sees the same count.
 * After maxFailures failures within the lock duration the key is locked for that duration, whether or not the email
 * belongs to anyone.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final OrganisationClock clock;
    private final IdentityProperties.SignIn settings;

    SignInThrottle(JdbcClient jdbc, OrganisationClock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.signIn();
    }

    boolean isLocked(String key) {
        return jdbc.sql("select count(*) from sign_in_throttle where throttle_key = :key and locked_until > :now")
                        .param("key", key)
                        .param("now", JdbcValues.utc(clock.now()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    int maxFailures() {
        return settings.maxFailures();
    }

    int maxFailuresPerAddress() {
        return settings.maxFailuresPerAddress();
    }

    @Transactional
    public void recordFailure(String key, int maxFailures) {
        Instant now = clock.now();
        OffsetDateTime windowStart = JdbcValues.utc(now.minus(settings.lockDuration()));
        int updated = jdbc.sql("""
                update sign_in_throttle
                   set failures = case when window_started_at < :windowStart then 1 else failures + 1 end,
                       window_started_at = case when window_started_at < :windowStart then :now else
                           window_started_at end
                 where throttle_key = :key
                """)
                .param("windowStart", windowStart)
                .param("now", JdbcValues.utc(now))
                .param("key", key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, window_started_at) values"
                                + " (:key, 1, :now)")
                        .param("key", key)
                        .param("now", JdbcValues.utc(now))
                        .update();
            } catch (DuplicateKeyException concurrentFirstFailure) {
                jdbc.sql("update sign_in_throttle set failures = failures + 1 where throttle_key = :key")
                        .param("key", key)
                        .update();
            }
        }
        jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :key and failures >= :max")
                .param("until", JdbcValues.utc(now.plus(settings.lockDuration())))
                .param("key", key)
                .param("max", maxFailures)
                .update();
    }

    public void reset(String key) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = :key")
                .param("key", key)
                .update();
    }
}
