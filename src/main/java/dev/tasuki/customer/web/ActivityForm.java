package dev.tasuki.customer.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.LogActivity;
import dev.tasuki.platform.BusinessDate;

/**
 * What the activity form sends: the time as the user's wall clock (datetime-local), read in the organisation's zone.
 */
record ActivityForm(
        Long accountId,
        Long contactId,
        Long leadId,
        @NotNull ActivityKind kind,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String body,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = "yyyy-MM-dd'T'HH:mm")
        LocalDateTime occurredAt,

        @BusinessDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn) {

    LogActivity toCommand(ZoneId zone) {
        return new LogActivity(
                accountId,
                contactId,
                leadId,
                kind,
                subject,
                body,
                occurredAt == null ? null : occurredAt.atZone(zone).toInstant(),
                dueOn);
    }

    /** The page of the record the activity was logged on, for Post/Redirect/Get without htmx. */
    String recordPath() {
        // A lead's page logs with the lead's account too: the lead is the page it came from.
        if (leadId != null) {
            return "/leads/" + leadId;
        }
        if (contactId != null) {
            return "/contacts/" + contactId;
        }
        if (accountId != null) {
            return "/accounts/" + accountId;
        }
        return "/";
    }
}
