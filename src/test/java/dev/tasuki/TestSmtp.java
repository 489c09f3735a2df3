package dev.tasuki;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the tests that send mail ({@link SmtpTest}): GreenMail, started once per JVM on a free
 * loopback port; the context's spring.mail.host and port point at it, so Spring Boot configures its mail sender as it
 * would for a company's server. Other contexts have no SMTP server and keep mail in the in-app mailbox, as the embedded
 * default does. Every context sends its outbox four times a second.
 */
public class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Tests wait for the outbox rather than for the 5 s of production.
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("tasuki-test-mail", Map.of("tasuki.mail.interval", "250ms")));
        if (context.getEnvironment().getProperty("tasuki.test.smtp", Boolean.class, false)) {
            GreenMail smtp = server();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "tasuki-test-smtp",
                            Map.of(
                                    "spring.mail.host",
                                    "127.0.0.1",
                                    "spring.mail.port",
                                    smtp.getSmtp().getPort())));
        }
    }

    /** The server, with whatever every SMTP test so far has sent to it. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }
}
