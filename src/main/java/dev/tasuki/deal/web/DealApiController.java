package dev.tasuki.deal.web;

import java.util.List;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.deal.CloseDeal;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealDetails;
import dev.tasuki.deal.DealStageEntry;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.Deals;
import dev.tasuki.deal.Forecast;
import dev.tasuki.identity.SignedInUser;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Deals")
class DealApiController {

    private final Deals deals;
    private final Forecast forecast;

    DealApiController(Deals deals, Forecast forecast) {
        this.deals = deals;
        this.forecast = forecast;
    }

    record StageMove(String stage, int version) {}

    @GetMapping("/deals")
    @Operation(summary = "Deals by status, stage, owner and type (500 at most, open ones first)")
    List<Deal> list(
            @RequestParam(required = false) DealStatus status,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) DealType type) {
        return deals.search(status, stage, owner, type);
    }

    @PostMapping("/deals")
    @ResponseStatus(HttpStatus.CREATED)
    Deal open(@Valid @RequestBody DealDetails details, @AuthenticationPrincipal SignedInUser user) {
        return deals.open(details, user);
    }

    @GetMapping("/deals/{id}")
    Deal get(@PathVariable long id) {
        return deals.get(id);
    }

    @PutMapping("/deals/{id}")
    Deal change(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @RequestBody DealDetails details,
            @AuthenticationPrincipal SignedInUser user) {
        return deals.change(id, details, version, user);
    }

    @GetMapping("/deals/{id}/stages")
    List<DealStageEntry> history(@PathVariable long id) {
        deals.get(id);
        return deals.history(id);
    }

    @PostMapping("/deals/{id}/stage")
    @Operation(summary = "Move an open deal to another open stage")
    Deal move(@PathVariable long id, @RequestBody StageMove move, @AuthenticationPrincipal SignedInUser user) {
        return deals.move(id, move.stage(), move.version(), user);
    }

    @PostMapping("/deals/{id}/win")
    @Operation(
            summary = "Win a deal with a reason code and a comment (a NEW deal makes its lead a customer and hands"
                    + " it to CS)")
    Deal win(@PathVariable long id, @Valid @RequestBody CloseDeal command, @AuthenticationPrincipal SignedInUser user) {
        return deals.win(id, command, user);
    }

    @PostMapping("/deals/{id}/lose")
    @Operation(summary = "Lose a deal with a reason code and a comment")
    Deal lose(
            @PathVariable long id, @Valid @RequestBody CloseDeal command, @AuthenticationPrincipal SignedInUser user) {
        return deals.lose(id, command, user);
    }

    @GetMapping("/forecast")
    @Operation(summary = "Forecast by month of expected close: commit, best case, pipeline, weighted, and won")
    List<Forecast.Line> forecast(@RequestParam(defaultValue = "false") boolean byOwner) {
        return forecast.lines(byOwner);
    }
}
