package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

import dev.tasuki.EventRecorder;
import dev.tasuki.SmtpTest;
import dev.tasuki.TestSmtp;

/** Mail through a real SMTP server (GreenMail): what arrives is what was queued, in Japanese, with its headers. */
@SmtpTest
class SmtpMailTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRecorder events;

    private long queue(Mail mail) {
        return transactions.execute(status -> outbox.queue(mail)).orElseThrow();
    }

    private String status(long id) {
        return jdbc.sql("select status from mail_message where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void aQueuedMessageArrivesAtTheServerAsWritten() throws Exception {
        String to = "smtp-" + UUID.randomUUID() + "@example.jp";
        long id = queue(Mail.text("TEST", to, "鈴木 花子", "【ツナギクラウド】アンケートのお願い", "ご回答はこちら: https://tasuki.example/s/xyz")
                .withUnsubscribe("https://tasuki.example/s/xyz/unsubscribe"));
        assertThat(outbox.settings().smtp()).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("SENT"));
        MimeMessage received = Arrays.stream(TestSmtp.server().getReceivedMessages())
                .filter(message -> recipient(message).contains(to))
                .findFirst()
                .orElseThrow();
        assertThat(received.getSubject()).isEqualTo("【ツナギクラウド】アンケートのお願い");
        assertThat(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("鈴木 花子");
        assertThat(received.getFrom()[0].toString()).isEqualTo("tasuki@localhost");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat(received.getContent().toString()).contains("ご回答はこちら: https://tasuki.example/s/xyz");
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<https://tasuki.example/s/xyz/unsubscribe>");
        assertThat(events.all(MailSent.class)).anySatisfy(sent -> {
            assertThat(sent.mailId()).isEqualTo(id);
            assertThat(sent.inApp()).isFalse();
        });
    }

    @Test
    void anAddressThatCannotBeOneBounces() {
        long id = queue(
                Mail.text("TEST", "not an address@@example", null, "件名", "本文").withDedupKey("bounce-" + id()));

        await().atMost(Duration.ofSeconds(10)).until(() -> status(id).equals("BOUNCED"));
        assertThat(events.all(MailBounced.class))
                .anySatisfy(bounced -> assertThat(bounced.mailId()).isEqualTo(id));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
