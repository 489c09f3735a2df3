package dev.tasuki.relay.web;

import java.util.List;
import jakarta.validation.Valid;

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

import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.QueueItem;
import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.RejectHandoff;
import dev.tasuki.relay.WorkQueue;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Handoffs")
class HandoffApiController {

    private final Handoffs handoffs;
    private final WorkQueue queue;

    HandoffApiController(Handoffs handoffs, WorkQueue queue) {
        this.handoffs = handoffs;
        this.queue = queue;
    }

    @GetMapping("/handoffs")
    @Operation(summary = "A department's queue: pending handoffs by SLA due time, then score")
    List<QueueItem> queue(@RequestParam Department queue) {
        return this.queue.waitingFor(queue);
    }

    @GetMapping("/handoffs/{id}")
    Handoff get(@PathVariable long id) {
        return handoffs.get(id);
    }

    @PostMapping("/handoffs/{id}/accept")
    @Operation(summary = "Accept a handoff (MKT_IS makes the lead SAL, IS_FS makes it OPPORTUNITY)")
    Handoff accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        return handoffs.accept(id, user);
    }

    @PostMapping("/handoffs/{id}/reject")
    @Operation(summary = "Reject a handoff with a reason code and a comment; the lead goes where the reason says")
    Handoff reject(
            @PathVariable long id,
            @Valid @RequestBody RejectHandoff command,
            @AuthenticationPrincipal SignedInUser user) {
        return handoffs.reject(id, command, user);
    }

    @GetMapping("/reason-codes")
    @Operation(summary = "Active rejection reason codes and where each sends the lead")
    List<ReasonCode> reasonCodes() {
        return handoffs.reasonCodes();
    }
}
