package dev.tasuki.exchange.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HistoryImport;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadCapture;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadFields;
import dev.tasuki.relay.LeadSource;

/**
 * Leads from forms on the organisation's website, posted without signing in. Protected three ways: the form's key
 * (unknown or switched off: 404), a honeypot field people never see and bots fill in ({@value #HONEYPOT}: refused,
 * nothing written), and at most {@value #PER_MINUTE} posts a minute from one address. The lead is created or updated
 * through the relay's {@link LeadCapture} with the form's source and campaign.
 */
@Service
public class Captures {

    public static final String HONEYPOT = "website";
    public static final int PER_MINUTE = 10;
    public static final List<String> FIELDS = List.copyOf(LeadFields.CAPTURED.keySet());

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** How a post ended: the lead created or updated, or why nothing was written. */
    public enum Outcome {
        CREATED,
        UPDATED,
        HONEYPOT,
        TOO_MANY,
        INVALID
    }

    public record Result(Outcome outcome, Long leadId, List<String> errors) {}

    private final CaptureForms forms;
    private final LeadCapture capture;
    private final HistoryImport history;
    private final Messages messages;
    private final OrganisationClock clock;

    Captures(
            CaptureForms forms,
            LeadCapture capture,
            HistoryImport history,
            Messages messages,
            OrganisationClock clock) {
        this.forms = forms;
        this.capture = capture;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Result receive(String key, Map<String, String> fields, String address) {
        CaptureForm form = forms.byKey(key == null ? "" : key)
                .filter(CaptureForm::active)
                .orElseThrow(ExchangeRefused::unknownCaptureForm);
        if (forms.attempt(address, clock.now(), Duration.ofMinutes(1)) > PER_MINUTE) {
            return new Result(Outcome.TOO_MANY, null, List.of(messages.of("exchange.capture.tooMany")));
        }
        if (!value(fields, HONEYPOT).isEmpty()) {
            return new Result(Outcome.HONEYPOT, null, List.of(messages.of("exchange.capture.refused")));
        }
        List<String> errors = new ArrayList<>();
        String email = value(fields, "email");
        if (!EMAIL.matcher(email).matches() || email.length() > LeadFields.EMAIL) {
            errors.add(messages.of("exchange.capture.email"));
        }
        LeadFields.CAPTURED.forEach((field, max) -> {
            if (value(fields, field).length() > max) {
                errors.add(messages.of("exchange.capture.tooLong", field));
            }
        });
        if (!errors.isEmpty()) {
            return new Result(Outcome.INVALID, null, errors);
        }
        boolean known = !history.leadIdsByEmail(List.of(email)).isEmpty();
        Lead lead = capture.capture(new LeadDetails(
                blank(fields, "familyName"),
                blank(fields, "givenName"),
                null,
                null,
                email,
                blank(fields, "phone"),
                blank(fields, "companyName"),
                blank(fields, "title"),
                null,
                null,
                null,
                form.source(),
                form.campaignId(),
                null));
        return new Result(known ? Outcome.UPDATED : Outcome.CREATED, lead.id(), List.of());
    }

    public List<CaptureForm> forms() {
        return forms.all();
    }

    @Transactional
    public CaptureForm create(String name, LeadSource source, Long campaignId, String allowedOrigins, SignedInUser by) {
        Imports.checkAdmin(by);
        if (name == null || name.isBlank() || name.length() > 200 || source == null) {
            throw ExchangeRefused.captureFormInvalid();
        }
        return forms.create(
                name.strip(), source, campaignId, CaptureOrigins.parse(allowedOrigins), by.id(), clock.now());
    }

    /**
     * The origins whose pages may post to the form from script, as the admin typed them (see {@link CaptureOrigins}).
     */
    @Transactional
    public void setAllowedOrigins(long id, String allowedOrigins, SignedInUser by) {
        Imports.checkAdmin(by);
        forms.setOrigins(id, CaptureOrigins.parse(allowedOrigins));
    }

    @Transactional
    public void setActive(long id, boolean active, SignedInUser by) {
        Imports.checkAdmin(by);
        forms.setActive(id, active);
    }

    private static String value(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }

    private static String blank(Map<String, String> fields, String name) {
        String value = value(fields, name);
        return value.isEmpty() ? null : value;
    }
}
