package dev.tasuki.relay.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.QueueItem;
import dev.tasuki.relay.RejectHandoff;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.WorkQueue;

/**
 * A department's work queue: what waits for it, oldest SLA first, answered in one click without leaving the page (htmx
 * swaps the item); and the feedback on what it sent that came back.
 */
@Controller
class QueueController {

    static final String VIEW = "relay/queue";
    static final String ITEM = "relay/partials/queue-item";

    private final WorkQueue queue;
    private final Handoffs handoffs;
    private final Leads leads;
    private final UserDirectory directory;
    private final OrganisationClock clock;
    private final Messages messages;

    QueueController(
            WorkQueue queue,
            Handoffs handoffs,
            Leads leads,
            UserDirectory directory,
            OrganisationClock clock,
            Messages messages) {
        this.queue = queue;
        this.handoffs = handoffs;
        this.leads = leads;
        this.directory = directory;
        this.clock = clock;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("people", directory.people());
        model.addAttribute("now", clock.now());
        model.addAttribute("reasons", handoffs.reasonCodes());
    }

    @GetMapping("/queue")
    String show(
            @RequestParam(required = false) Department department,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Department shown = user.department().orElse(department == null ? Department.INSIDE_SALES : department);
        model.addAttribute("department", shown);
        model.addAttribute("departments", Department.values());
        model.addAttribute("items", queue.waitingFor(shown));
        model.addAttribute("rejected", queue.rejectedFrom(shown));
        return VIEW;
    }

    @PostMapping("/handoffs/{id}/accept")
    String accept(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Htmx htmx, Model model) {
        try {
            handoffs.accept(id, user);
        } catch (RelayRuleBroken broken) {
            model.addAttribute("itemError", messages.of(broken));
        }
        return answered(id, htmx, model);
    }

    @PostMapping("/handoffs/{id}/reject")
    String reject(
            @PathVariable long id,
            @Valid @ModelAttribute("rejectForm") RejectHandoff form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Htmx htmx,
            Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("itemError", messages.of("handoff.rejectNeedsReason"));
        } else {
            try {
                handoffs.reject(id, form, user);
            } catch (RelayRuleBroken broken) {
                model.addAttribute("itemError", messages.of(broken));
            }
        }
        return answered(id, htmx, model);
    }

    private String answered(long id, Htmx htmx, Model model) {
        Handoff handoff = handoffs.get(id);
        model.addAttribute("item", new QueueItem(handoff, leads.get(handoff.leadId())));
        return htmx.view(ITEM, "redirect:/queue");
    }
}
