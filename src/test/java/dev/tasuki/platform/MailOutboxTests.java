package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * The outbox on the embedded default: no SMTP server, so every message ends in the in-app mailbox, where an admin reads
 * it with its links clickable. A dedup key queues a message once, however many senders try at the same time.
 */
@IntegrationTest
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @AfterEach
    void resetRate() {
        MailSettings now = outbox.settings();
        outbox.saveSettings(null, 60, now.version());
    }

    private Optional<Long> queue(Mail mail) {
        return transactions.execute(status -> outbox.queue(mail));
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_message where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void withoutAnSmtpServerMailIsKeptInTheMailboxAndAnnounced() {
        String to = "kept-" + UUID.randomUUID() + "@example.jp";
        long id = queue(Mail.text(
                        "TEST", to, "山田 太郎", "アンケートのお願い", "ご回答はこちら: https://tasuki.example/s/abc\nよろしくお願いします。"))
                .orElseThrow();
        assertThat(outbox.settings().smtp()).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("KEPT"));
        assertThat(events.all(MailSent.class)).anySatisfy(sent -> {
            assertThat(sent.mailId()).isEqualTo(id);
            assertThat(sent.inApp()).isTrue();
        });

        MvcTestResult page = mvc.get()
                .uri("/admin/mail/" + id)
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("アンケートのお願い", "山田 太郎", "Tasuki 内に保管（SMTP 未設定）")
                .contains("<a href=\"https://tasuki.example/s/abc\"");
        assertThat(mvc.get()
                        .uri("/admin/mail")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("送信メール", to, "SMTP サーバーが設定されていないため");
    }

    @Test
    void theTextOfAMailIsShownEscaped() {
        long id = queue(Mail.text(
                        "TEST",
                        "escape-" + UUID.randomUUID() + "@example.jp",
                        null,
                        "<b>件名</b>",
                        "<script>alert(1)</script> https://example.jp/?a=1&b=<i>"))
                .orElseThrow();

        assertThat(mvc.get()
                        .uri("/admin/mail/" + id)
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert", "<b>件名</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;件名&lt;/b&gt;")
                .contains("href=\"https://example.jp/?a=1&amp;b=\"");
    }

    @Test
    void onlyAdminsReadTheMailbox() {
        assertThat(mvc.get()
                        .uri("/admin/mail")
                        .with(user(users.signedIn(TestUsers.MARKETING_MANAGER)))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void aDedupKeyQueuesTheMessageOnce() {
        String key = "dedup-" + UUID.randomUUID();
        Mail mail = Mail.text("TEST", "once@example.jp", null, "一度だけ", "本文").withDedupKey(key);

        assertThat(queue(mail)).isPresent();
        assertThat(queue(mail)).isEmpty();
        assertThat(count(key)).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceStillQueueTheMessageOnce() throws Exception {
        String key = "race-" + UUID.randomUUID();
        Mail mail = Mail.text("TEST", "race@example.jp", null, "同時送信", "本文").withDedupKey(key);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<Long>> send = () -> queue(mail);
            List<Future<Optional<Long>>> results = pool.invokeAll(List.of(send, send, send, send));
            long queued = 0;
            for (Future<Optional<Long>> result : results) {
                queued += result.get().isPresent() ? 1 : 0;
            }
            assertThat(queued).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(key)).isEqualTo(1);
    }

    @Test
    void theRateLimitsHowManyGoOutInAMinute() throws InterruptedException {
        // Whatever earlier tests queued goes out first, and what they sent in the last minute would count too.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from mail_message where status = 'QUEUED'")
                                .query(Long.class)
                                .single()
                        == 0);
        outbox.saveSettings(null, 2, outbox.settings().version());
        jdbc.sql("update mail_message set sent_at = :long_ago where sent_at is not null")
                .param("long_ago", JdbcValues.utc(Instant.now().minus(Duration.ofMinutes(5))))
                .update();
        String batch = "rate-" + UUID.randomUUID();
        List<Long> ids = List.of(1, 2, 3, 4, 5).stream()
                .map(n -> queue(Mail.text("TEST", batch + "-" + n + "@example.jp", null, "件名", "本文"))
                        .orElseThrow())
                .toList();

        await().atMost(Duration.ofSeconds(10)).until(() -> sent(ids) == 2);
        // Several more rounds of the outbox (one every 250 ms in tests) within the same minute send nothing more.
        Thread.sleep(1_500);
        assertThat(sent(ids)).isEqualTo(2);
        assertThat(ids.stream().filter(id -> status(id).equals("QUEUED"))).hasSize(3);
    }

    @Test
    void anAdminSetsTheSenderAndTheRate() {
        int version = outbox.settings().version();
        MvcTestResult saved = mvc.post()
                .uri("/admin/mail/settings")
                .param("from", "info@tsunagi-cloud.example")
                .param("perMinute", "30")
                .param("version", String.valueOf(version))
                .with(csrf())
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(outbox.settings().from()).isEqualTo("info@tsunagi-cloud.example");
        assertThat(outbox.settings().perMinute()).isEqualTo(30);

        MvcTestResult refused = mvc.post()
                .uri("/admin/mail/settings")
                .param("from", "not an address")
                .param("perMinute", "30")
                .param("version", String.valueOf(outbox.settings().version()))
                .with(csrf())
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .exchange();
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused).flash().containsEntry("alert", "mail.settings.badSender");
        assertThat(outbox.settings().from()).isEqualTo("info@tsunagi-cloud.example");
        outbox.saveSettings("", 60, outbox.settings().version());
        assertThat(outbox.settings().from()).isEqualTo("tasuki@localhost");
    }

    private long sent(List<Long> ids) {
        return ids.stream().filter(id -> status(id).equals("KEPT")).count();
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from mail_message where dedup_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }
}
