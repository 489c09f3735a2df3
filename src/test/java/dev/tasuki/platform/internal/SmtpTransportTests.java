package dev.tasuki.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * How an SMTP answer is read: a recipient refused with 550 bounces (it will never go), one refused with 451 and a
 * server that does not answer are tried again. The refusing server is a real one on loopback that speaks just enough
 * SMTP to refuse.
 */
class SmtpTransportTests {

    private static final StoredMail MAIL = new StoredMail(
            1,
            "TEST",
            null,
            "nobody@example.jp",
            null,
            "tasuki@localhost",
            "件名",
            "本文",
            null,
            null,
            "QUEUED",
            0,
            null,
            Instant.now(),
            null);

    @Test
    void aRecipientRefusedWith550Bounces() throws Exception {
        try (RefusingServer server = new RefusingServer("550 5.1.1 <nobody@example.jp>: user unknown")) {
            MailTransport.Result result = transportTo(server.port()).send(MAIL);

            assertThat(result.outcome()).isEqualTo(MailTransport.Outcome.BOUNCED);
        }
    }

    @Test
    void aRecipientRefusedFor450IsTriedAgain() throws Exception {
        try (RefusingServer server = new RefusingServer("451 4.3.0 try again later")) {
            MailTransport.Result result = transportTo(server.port()).send(MAIL);

            assertThat(result.outcome()).isEqualTo(MailTransport.Outcome.RETRY);
            assertThat(result.error()).isNotBlank();
        }
    }

    @Test
    void aServerThatIsNotThereIsTriedAgain() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(transportTo(closed).send(MAIL).outcome()).isEqualTo(MailTransport.Outcome.RETRY);
    }

    private static SmtpTransport transportTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new SmtpTransport(sender);
    }

    /** Greets, accepts EHLO and MAIL FROM, and answers every RCPT TO with the given reply. */
    private static final class RefusingServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread thread;

        RefusingServer(String rcptReply) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(rcptReply));
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(String rcptReply) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                out.print("220 refusing.example ESMTP\r\n");
                out.flush();
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.toUpperCase();
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        out.print("250 refusing.example\r\n");
                    } else if (command.startsWith("MAIL FROM")) {
                        out.print("250 2.1.0 Ok\r\n");
                    } else if (command.startsWith("RCPT TO")) {
                        out.print(rcptReply + "\r\n");
                    } else if (command.startsWith("QUIT")) {
                        out.print("221 2.0.0 Bye\r\n");
                        out.flush();
                        return;
                    } else {
                        out.print("503 5.5.1 Bad sequence\r\n");
                    }
                    out.flush();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
