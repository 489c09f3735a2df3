package dev.tasuki.success.web;

import java.time.LocalDate;
import java.util.List;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.success.CustomerHealth;
import dev.tasuki.success.Health;
import dev.tasuki.success.HealthColour;
import dev.tasuki.success.HealthInput;
import dev.tasuki.success.HealthSignal;
import dev.tasuki.success.Mrr;
import dev.tasuki.success.MrrHistory;
import dev.tasuki.success.MrrLevel;
import dev.tasuki.success.MrrMovement;
import dev.tasuki.success.SetMrrLevel;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customer Success", description = "MRR levels and movements, customer health")
class MrrApiController {

    /** An account's MRR today (and ARR = 12 × MRR), its levels and the movements derived from them, oldest first. */
    record MrrView(
            long accountId, LocalDate asOf, long mrr, long arr, List<MrrLevel> levels, List<MrrMovement> movements) {

        static MrrView of(MrrHistory history) {
            return new MrrView(
                    history.accountId(),
                    history.asOf(),
                    history.mrr(),
                    history.arr(),
                    history.levels(),
                    history.movements());
        }
    }

    /** One input of the health score, explained in the caller's language. */
    record ReasonView(HealthInput input, HealthSignal signal, int weight, Long value, String explanation) {}

    record HealthView(long accountId, LocalDate asOf, HealthColour colour, int score, List<ReasonView> reasons) {}

    private final Mrr mrr;
    private final CustomerHealth health;
    private final Messages messages;

    MrrApiController(Mrr mrr, CustomerHealth health, Messages messages) {
        this.mrr = mrr;
        this.health = health;
        this.messages = messages;
    }

    @GetMapping("/accounts/{id}/mrr")
    @Operation(
            summary = "An account's MRR: today's, its levels and its movements",
            description = "Movements (NEW, EXPANSION, CONTRACTION, CHURN, REACTIVATION) are derived from the levels; "
                    + "amount is signed (negative for CONTRACTION and CHURN)")
    MrrView history(@PathVariable long id) {
        return MrrView.of(mrr.of(id));
    }

    @PostMapping("/accounts/{id}/mrr/levels")
    @Operation(
            summary = "Set an account's MRR level from a day on (Customer Success and admins)",
            description =
                    "One level per day: a second level of the same day replaces the first. Answers the new history")
    MrrView setLevel(
            @PathVariable long id, @Valid @RequestBody SetMrrLevel level, @AuthenticationPrincipal SignedInUser user) {
        return MrrView.of(mrr.set(id, level, user));
    }

    @GetMapping("/customers/{accountId}/health")
    @Operation(
            summary = "A customer's health today: GREEN, YELLOW or RED, the score (0–100) and the reasons, worst first")
    HealthView health(@PathVariable long accountId) {
        Health computed = health.of(accountId);
        return new HealthView(
                computed.accountId(),
                computed.asOf(),
                computed.colour(),
                computed.score(),
                computed.reasons().stream()
                        .map(reason -> new ReasonView(
                                reason.input(),
                                reason.signal(),
                                reason.weight(),
                                reason.value(),
                                messages.of(reason.messageKey(), reason.argumentArray())))
                        .toList());
    }
}
