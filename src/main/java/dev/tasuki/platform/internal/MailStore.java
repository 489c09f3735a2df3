package dev.tasuki.platform.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.platform.Mail;

/** The mail_message table: the outbox of messages to send, and the in-app mailbox when there is no SMTP server. */
@Repository
public class MailStore {

    private final JdbcClient jdbc;

    MailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Both databases take "on conflict do nothing" (H2 in PostgreSQL mode, without a conflict target). */
    public Optional<Long> queue(Mail mail, String from, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                        insert into mail_message (dedup_key, kind, to_address, to_name, from_address, subject,
                            body_text, body_html, unsubscribe_url, status, next_attempt_at, created_at)
                        values (:key, :kind, :to, :toName, :from, :subject, :text, :html, :unsubscribe, 'QUEUED', :now,
                            :now)
                        on conflict do nothing
                        """)
                .param("key", mail.dedupKey())
                .param("kind", mail.kind())
                .param("to", mail.to())
                .param("toName", mail.toName())
                .param("from", from)
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("unsubscribe", mail.unsubscribeUrl())
                .param("now", utc(now))
                .update(key, "id");
        return inserted == 0
                ? Optional.empty()
                : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    /** Messages sent in the trailing minute: the throttle counts them across nodes. */
    int sentSince(Instant since) {
        return jdbc.sql("select count(*) from mail_message where sent_at >= :since")
                .param("since", utc(since))
                .query(Integer.class)
                .single();
    }

    /** Claims up to {@code limit} due messages until {@code until}; rows another node holds are skipped. */
    List<StoredMail> claimDue(Instant now, Instant until, int limit) {
        List<Long> ids = jdbc.sql("""
                        select id from mail_message
                         where status = 'QUEUED' and next_attempt_at <= :now
                           and (claimed_until is null or claimed_until < :now)
                         order by next_attempt_at, id
                         limit :limit
                           for update skip locked
                        """)
                .param("now", utc(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update mail_message set claimed_until = :until where id in (:ids)")
                .param("until", utc(until))
                .param("ids", ids)
                .update();
        return jdbc.sql("select * from mail_message where id in (:ids) order by id")
                .param("ids", ids)
                .query(MailStore::stored)
                .list();
    }

    void sent(long id, String status, Instant at) {
        jdbc.sql("""
                        update mail_message set status = :status, attempts = attempts + 1, sent_at = :at,
                            claimed_until = null, last_error = null
                         where id = :id
                        """)
                .param("status", status)
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void failed(long id, String status, String error, Instant nextAttempt) {
        jdbc.sql("""
                        update mail_message set status = :status, attempts = attempts + 1, next_attempt_at = :next,
                            claimed_until = null, last_error = :error
                         where id = :id
                        """)
                .param("status", status)
                .param("next", utc(nextAttempt))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("id", id)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from mail_message").query(Long.class).single();
    }

    /** The mailbox, newest first. */
    public List<StoredMail> newest(int offset, int limit) {
        return jdbc.sql("select * from mail_message order by created_at desc, id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(MailStore::stored)
                .list();
    }

    public Optional<StoredMail> find(long id) {
        return jdbc.sql("select * from mail_message where id = :id")
                .param("id", id)
                .query(MailStore::stored)
                .optional();
    }

    private static StoredMail stored(ResultSet rs, int row) throws SQLException {
        return new StoredMail(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("dedup_key"),
                rs.getString("to_address"),
                rs.getString("to_name"),
                rs.getString("from_address"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getString("unsubscribe_url"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }
}
