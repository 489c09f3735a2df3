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

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountChange;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.customer.Segment;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Page;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Companies: the root of the one customer record")
class AccountApiController {

    private final Accounts accounts;
    private final Timeline timeline;

    AccountApiController(Accounts accounts, Timeline timeline) {
        this.accounts = accounts;
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(
            summary = "Search accounts",
            description = "q: words in the name, kana or domain (all must match); "
                    + "sort: name, createdAt or updatedAt, '-' in front for descending; page from 0; size 1 to 200")
    Page<Account> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Industry industry,
            @RequestParam(required = false) Segment segment,
            @RequestParam(required = false) EmployeeBand employeeBand,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return accounts.search(new AccountSearch(q, industry, segment, employeeBand, owner, sort, page, size));
    }

    @PostMapping
    @Operation(
            summary = "Add an account",
            description = "Without ownerId the account is the caller's (if in a department)")
    ResponseEntity<Account> create(@Valid @RequestBody NewAccount account, @AuthenticationPrincipal SignedInUser user) {
        Account created = accounts.create(account, user);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account")
    Account get(@PathVariable long id) {
        return accounts.get(id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit an account",
            description = "Send every field and the version you read; 409 if it is stale")
    Account change(
            @PathVariable long id,
            @Valid @RequestBody AccountChange account,
            @AuthenticationPrincipal SignedInUser user) {
        return accounts.change(id, account, user);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The account's timeline, its contacts' included, newest first")
    List<TimelineEntry> timeline(
            @PathVariable long id, @RequestParam(defaultValue = "50") @Min(1) @Max(Timeline.MAX_LIMIT) int limit) {
        accounts.get(id);
        return timeline.ofAccount(id, limit);
    }
}
