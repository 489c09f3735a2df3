package dev.tasuki;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} whose application sends mail through a real SMTP server ({@link TestSmtp#server()}). Every
 * such test shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "tasuki.test.smtp=true")
public @interface SmtpTest {}
