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

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountChange;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.customer.Segment;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Created;
import dev.tasuki.platform.Page;

@RestController
@RequestMapping(AccountApiController.PATH)
@Tag(name = "Accounts", description = "Companies: the root of the one customer record")
class AccountApiController {

    static final String PATH = "/api/v1/accounts";

    private final Accounts accounts;

    AccountApiController(Accounts accounts) {
        this.accounts = accounts;
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
        return Created.at(PATH, created.id(), created);
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
}
