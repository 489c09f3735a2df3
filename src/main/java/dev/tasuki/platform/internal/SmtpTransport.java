package dev.tasuki.platform.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through Spring Mail's SMTP sender. An address the server refuses with a 5xx answer, or one that cannot be
 * parsed, bounces; every other failure is tried again (the server may be down or answering 4xx).
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;

    SmtpTransport(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public Result send(StoredMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            if (mail.toName() == null) {
                helper.setTo(mail.to());
            } else {
                helper.setTo(new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
            }
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            } else {
                helper.setText(mail.text());
            }
            if (mail.unsubscribeUrl() != null) {
                message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            }
            sender.send(message);
            return Result.of(Outcome.SENT);
        } catch (AddressException | MailParseException | MailPreparationException refused) {
            return new Result(Outcome.BOUNCED, refused.getMessage());
        } catch (MessagingException | UnsupportedEncodingException unreadable) {
            return new Result(Outcome.BOUNCED, unreadable.getMessage());
        } catch (MailException failed) {
            return new Result(permanent(failed) ? Outcome.BOUNCED : Outcome.RETRY, String.valueOf(failed.getMessage()));
        }
    }

    /**
     * Jakarta Mail puts a recipient the server refused with 550–553 among the invalid addresses, and one refused with
     * 450–452 (try later) among the valid unsent ones: only the first will never go.
     */
    private static boolean permanent(MailException failure) {
        if (failure instanceof MailSendException send) {
            for (Exception perMessage : send.getMessageExceptions()) {
                if (refusedForGood(perMessage)) {
                    return true;
                }
            }
        }
        return refusedForGood(failure);
    }

    private static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SendFailedException refused
                    && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
