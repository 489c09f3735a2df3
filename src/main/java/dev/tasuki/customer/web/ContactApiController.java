package dev.tasuki.customer.web;

import java.net.URI;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.customer.Contact;
import dev.tasuki.customer.ContactChange;
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.NewContact;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Page;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "People at customers")
class ContactApiController {

    private final Contacts contacts;
    private final Timeline timeline;

    ContactApiController(Contacts contacts, Timeline timeline) {
        this.contacts = contacts;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(
            summary = "Search contacts",
            description = "q: words in the names, kana or email (all must match); "
                    + "sort: name, createdAt or updatedAt, '-' in front for descending; page from 0; size 1 to 200")
    Page<Contact> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return contacts.search(new ContactSearch(q, accountId, owner, sort, page, size));
    }

    @PostMapping
    @Operation(summary = "Add a contact", description = "A name or an email at least; emails are unique (409)")
    ResponseEntity<Contact> create(@Valid @RequestBody NewContact contact, @AuthenticationPrincipal SignedInUser user) {
        Contact created = contacts.create(contact, user);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact")
    Contact get(@PathVariable long id) {
        return contacts.get(id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit a contact",
            description = "Send every field and the version you read; 409 if it is stale")
    Contact change(
            @PathVariable long id,
            @Valid @RequestBody ContactChange contact,
            @AuthenticationPrincipal SignedInUser user) {
        return contacts.change(id, contact, user);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The contact's timeline, newest first")
    List<TimelineEntry> timeline(
            @PathVariable long id, @RequestParam(defaultValue = "50") @Min(1) @Max(Timeline.MAX_LIMIT) int limit) {
        contacts.get(id);
        return timeline.ofContact(id, limit);
    }
}
