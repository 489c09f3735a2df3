package dev.tasuki.relay.web;

import java.util.List;
import jakarta.validation.Valid;

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

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Created;
import dev.tasuki.platform.Page;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadLifecycle;
import dev.tasuki.relay.LeadQuery;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.MoveStage;
import dev.tasuki.relay.SendHandoff;
import dev.tasuki.relay.StageEntry;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
class LeadApiController {

    private final Leads leads;
    private final LeadLifecycle lifecycle;
    private final Handoffs handoffs;

    LeadApiController(Leads leads, LeadLifecycle lifecycle, Handoffs handoffs) {
        this.leads = leads;
        this.lifecycle = lifecycle;
        this.handoffs = handoffs;
    }

    @GetMapping
    @Operation(
            summary = "Leads, filtered, sorted and paged",
            description = "sort: createdAt, updatedAt, score, stageEnteredAt, name, company")
    Page<Lead> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage stage,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long owner,
            @RequestParam(defaultValue = "createdAt") String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) int size) {
        return leads.search(new LeadQuery(q, stage, source, campaign, owner, sort, desc, page, size));
    }

    @PostMapping
    @Operation(summary = "Create a lead at stage LEAD")
    ResponseEntity<Lead> create(@Valid @RequestBody LeadDetails details, @AuthenticationPrincipal SignedInUser user) {
        Lead lead = leads.create(details, user);
        return Created.at("/api/v1/leads", lead.id(), lead);
    }

    @GetMapping("/{id}")
    Lead get(@PathVariable long id) {
        return leads.get(id);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit a lead's details",
            description = "version: the version the change is based on; a stale one answers 409")
    Lead change(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @RequestBody LeadDetails details,
            @AuthenticationPrincipal SignedInUser user) {
        return leads.change(id, details, version, user);
    }

    @GetMapping("/{id}/stages")
    @Operation(summary = "The lead's stage history")
    List<StageEntry> history(@PathVariable long id) {
        leads.get(id);
        return leads.history(id);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move a lead by hand: recycle, disqualify, lost, churned, back to nurture")
    Lead move(
            @PathVariable long id, @Valid @RequestBody MoveStage command, @AuthenticationPrincipal SignedInUser user) {
        return lifecycle.move(id, command, user);
    }

    @PostMapping("/{id}/handoffs")
    @Operation(summary = "Send a handoff with its context (IS_FS needs BANT and the appointment)")
    ResponseEntity<Handoff> send(
            @PathVariable long id,
            @Valid @RequestBody SendHandoff command,
            @AuthenticationPrincipal SignedInUser user) {
        Handoff handoff = handoffs.send(id, command, user);
        return Created.at("/api/v1/handoffs", handoff.id(), handoff);
    }

    @GetMapping("/{id}/handoffs")
    List<Handoff> handoffsOf(@PathVariable long id) {
        leads.get(id);
        return handoffs.ofLead(id);
    }
}
