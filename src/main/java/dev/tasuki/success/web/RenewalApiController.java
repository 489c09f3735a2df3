package dev.tasuki.success.web;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.deal.ContractTerm;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.HealthColour;
import dev.tasuki.success.LoseContract;
import dev.tasuki.success.RenewContract;
import dev.tasuki.success.Renewal;
import dev.tasuki.success.RenewalDecision;
import dev.tasuki.success.Renewals;

@RestController
@RequestMapping("/api/v1/renewals")
@Tag(name = "Renewals", description = "Contracts up for renewal; marking them renewed or lost")
class RenewalApiController {

    /** A renewal due: send version back with the decision. daysLeft is negative when overdue. */
    record RenewalView(
            long accountId,
            String accountName,
            Long ownerId,
            LocalDate renewalOn,
            long daysLeft,
            boolean overdue,
            ContractTerm term,
            long mrr,
            HealthColour health,
            int version) {

        static RenewalView of(Renewal renewal) {
            return new RenewalView(
                    renewal.accountId(),
                    renewal.accountName(),
                    renewal.ownerId(),
                    renewal.dueOn(),
                    renewal.daysLeft(),
                    renewal.overdue(),
                    renewal.contract().term(),
                    renewal.mrr(),
                    renewal.health(),
                    renewal.version());
        }
    }

    private final Renewals renewals;

    RenewalApiController(Renewals renewals) {
        this.renewals = renewals;
    }

    @GetMapping
    @Operation(summary = "Renewals due within the days from today (overdue ones included), soonest first")
    List<RenewalView> upcoming(@RequestParam(defaultValue = "90") @Min(0) @Max(Renewals.MAX_DAYS) int days) {
        return renewals.upcoming(days).stream().map(RenewalView::of).toList();
    }

    @PostMapping("/{accountId}/renew")
    @Operation(
            summary = "Mark a renewal renewed (Customer Success and admins)",
            description = "mrr: the MRR from the renewal day (higher, lower or equal: EXPANSION, CONTRACTION or no"
                    + " movement); "
                    + "version: the one read. 409 when stale")
    RenewalDecision renew(
            @PathVariable long accountId,
            @Valid @RequestBody RenewContract renewal,
            @AuthenticationPrincipal SignedInUser user) {
        return renewals.renew(accountId, renewal, user);
    }

    @PostMapping("/{accountId}/lose")
    @Operation(
            summary = "Mark a renewal lost: the customer churns (MRR 0 from the renewal day)",
            description = "reasonCode from the churn reasons, a comment, and the version read; 409 when stale, 422"
                    + " without a reason")
    RenewalDecision lose(
            @PathVariable long accountId,
            @Valid @RequestBody LoseContract loss,
            @AuthenticationPrincipal SignedInUser user) {
        return renewals.lose(accountId, loss, user);
    }
}
