package dev.tasuki.customer.web;

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
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Created;
import dev.tasuki.platform.Page;

@RestController
@RequestMapping(ContactApiController.PATH)
@Tag(name = "Contacts", description = "People at customers")
class ContactApiController {

    static final String PATH = "/api/v1/contacts";

    private final Contacts contacts;

    ContactApiController(Contacts contacts) {
        this.contacts = contacts;
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
        return Created.at(PATH, created.id(), created);
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
}
