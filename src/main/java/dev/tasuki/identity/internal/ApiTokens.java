package dev.tasuki.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.platform.JdbcValues;

/**
 * Personal API tokens. A token is 32 random bytes, so a plain SHA-256 of it is safe to store and fast to look up; the
 * token itself is shown to its owner once and never kept.
 */
@Repository
public class ApiTokens {

    public static final String PREFIX = "tsk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ApiToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {}

    public record IssuedToken(long id, String token) {}

    public IssuedToken issue(long userId, String name, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_hint, created_at)
                values (:user, :name, :hash, :hint, :now)
                """)
                .param("user", userId)
                .param("name", name)
                .param("hash", hash(token))
                .param("hint", token.substring(token.length() - 4))
                .param("now", JdbcValues.utc(now))
                .update(keys, "id");
        return new IssuedToken(keys.getKeyAs(Number.class).longValue(), token);
    }

    public List<ApiToken> activeOf(long userId) {
        return jdbc.sql("""
                select id, name, token_hint, created_at, last_used_at from api_token
                 where user_id = :user and revoked_at is null order by created_at desc, id desc
                """)
                .param("user", userId)
                .query((rs, row) -> new ApiToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("token_hint"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
    }

    /** The user id of an active user holding this unrevoked token, noting its use. */
    public Optional<Long> ownerOf(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<Long> owner =
                jdbc.sql("""
                select t.user_id from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = :hash and t.revoked_at is null and u.active = true
                """).param("hash", hash).query(Long.class).optional();
        // noted once a minute at most, so that a client polling the API does not write on every read
        owner.ifPresent(id -> jdbc.sql("""
                update api_token set last_used_at = :now
                 where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)
                """)
                .param("now", JdbcValues.utc(now))
                .param("hash", hash)
                .param("minuteAgo", JdbcValues.utc(now.minusSeconds(60)))
                .update());
        return owner;
    }

    public boolean revoke(long userId, long tokenId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and user_id = :user and"
                                + " revoked_at is null")
                        .param("now", JdbcValues.utc(now))
                        .param("id", tokenId)
                        .param("user", userId)
                        .update()
                == 1;
    }

    public void revokeAllOf(long userId, Instant now) {
        jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
                .param("now", JdbcValues.utc(now))
                .param("user", userId)
                .update();
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
