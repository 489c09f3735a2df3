package dev.tasuki.customer.web;

import java.util.List;
import java.util.stream.Stream;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.customer.Activities;
import dev.tasuki.customer.Activity;
import dev.tasuki.customer.LogActivity;
import dev.tasuki.identity.SignedInUser;

@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "Calls, emails, meetings, notes and tasks on accounts, contacts and leads")
class ActivityApiController {

    private final Activities activities;
    private final MessageSource messages;

    ActivityApiController(Activities activities, MessageSource messages) {
        this.activities = activities;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "The activities of one account, contact or lead, newest first",
            description = "Give exactly one of accountId, contactId and leadId")
    List<Activity> list(
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) Long leadId) {
        if (Stream.of(accountId, contactId, leadId).filter(id -> id != null).count() != 1) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    messages.getMessage("activity.filterRequired", null, LocaleContextHolder.getLocale()));
        }
        if (accountId != null) {
            return activities.ofAccount(accountId);
        }
        return contactId != null ? activities.ofContact(contactId) : activities.ofLead(leadId);
    }

    @PostMapping
    @Operation(
            summary = "Log an activity",
            description = "On an account, a contact or a lead; occurredAt defaults to now")
    ResponseEntity<Activity> log(@Valid @RequestBody LogActivity activity, @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(activities.log(activity, user));
    }
}
