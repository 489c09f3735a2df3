package dev.tasuki.platform.internal;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled work and mail. Every scheduled job of every module runs on one node at a time: it carries ShedLock's
 * {@code @SchedulerLock}, whose lock row lives in the shedlock table and is timed by the database's clock, so nodes
 * with drifting clocks agree. Mail goes to the SMTP server when Spring Boot configured one (spring.mail.host), else to
 * the in-app mailbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSender> smtp) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? MailTransport.IN_APP : new SmtpTransport(sender);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhereMailGoes(ApplicationReadyEvent ready) {
        String host = ready.getApplicationContext().getEnvironment().getProperty("spring.mail.host", "");
        if (host.isBlank()) {
            log.info("No SMTP server is configured (SPRING_MAIL_HOST): mail is kept in the in-app mailbox, "
                    + "which admins read at /admin/mail");
        } else {
            log.info("Mail is sent through the SMTP server at {}", host);
        }
    }
}
