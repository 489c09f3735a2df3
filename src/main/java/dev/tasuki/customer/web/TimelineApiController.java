package dev.tasuki.customer.web;

import java.util.List;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;

/** The timelines of accounts and contacts, newest first; an unknown record is 404. */
@RestController
class TimelineApiController {

    private static final String LIMIT = "" + Timeline.DEFAULT_LIMIT;
    private static final int MAX = Timeline.MAX_LIMIT;

    private final Timeline timeline;
    private final Accounts accounts;
    private final Contacts contacts;

    TimelineApiController(Timeline timeline, Accounts accounts, Contacts contacts) {
        this.timeline = timeline;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/accounts/{id}/timeline")
    @Tag(name = "Accounts")
    @Operation(summary = "The account's timeline, its contacts' included, newest first")
    List<TimelineEntry> ofAccount(
            @PathVariable long id, @RequestParam(defaultValue = LIMIT) @Min(1) @Max(MAX) int limit) {
        accounts.get(id);
        return timeline.ofAccount(id, limit);
    }

    @GetMapping("/api/v1/contacts/{id}/timeline")
    @Tag(name = "Contacts")
    @Operation(summary = "The contact's timeline, newest first")
    List<TimelineEntry> ofContact(
            @PathVariable long id, @RequestParam(defaultValue = LIMIT) @Min(1) @Max(MAX) int limit) {
        contacts.get(id);
        return timeline.ofContact(id, limit);
    }
}
