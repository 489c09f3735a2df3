package dev.tasuki.relay.web;

import java.util.Arrays;
import java.util.List;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.OwnerRule;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Messages;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadLifecycle;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.MoveStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.SendHandoff;
import dev.tasuki.relay.internal.StageRules;

/**
 * A lead's own page: its record, stage history, handoffs with their feedback, timeline, and the relay actions the
 * viewer's department may take at the lead's stage.
 */
@Controller
@RequestMapping("/leads/{id}")
class LeadPageController {

    static final String VIEW = "relay/lead";

    private final Leads leads;
    private final LeadLifecycle lifecycle;
    private final Handoffs handoffs;
    private final UserDirectory directory;
    private final Messages messages;
    private final Accounts accounts;
    private final Timeline timeline;

    LeadPageController(
            Leads leads,
            LeadLifecycle lifecycle,
            Handoffs handoffs,
            UserDirectory directory,
            Messages messages,
            Accounts accounts,
            Timeline timeline) {
        this.timeline = timeline;
        this.messages = messages;
        this.accounts = accounts;
        this.leads = leads;
        this.lifecycle = lifecycle;
        this.handoffs = handoffs;
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Lead lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("people", directory.people());
        model.addAttribute("history", leads.history(id));
        model.addAttribute("score", leads.score(id));
        model.addAttribute("timeline", timeline.ofLead(id, 100));
        model.addAttribute(
                "account",
                lead.accountId() == null
                        ? null
                        : accounts.find(lead.accountId()).orElse(null));
        model.addAttribute(
                "suggestedAccount",
                lead.suggestedAccountId() == null
                        ? null
                        : accounts.find(lead.suggestedAccountId()).orElse(null));
        List<Handoff> leadHandoffs = handoffs.ofLead(id);
        model.addAttribute("handoffs", leadHandoffs);
        model.addAttribute("reasons", handoffs.reasonCodes());
        model.addAttribute("actions", LeadActions.of(lead, user, leadHandoffs));
        model.addAttribute("ownerChoices", directory.ownerChoices(user, lead.ownerId()));
        if (!model.containsAttribute("handoffForm")) {
            model.addAttribute("handoffForm", new SendHandoff(null, "", Bant.NONE, null));
        }
        return VIEW;
    }

    @PostMapping("/handoffs")
    String send(
            @PathVariable long id,
            @Valid @ModelAttribute("handoffForm") SendHandoff form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                handoffs.send(id, form, user);
                redirect.addFlashAttribute("notice", "handoff.sent");
                return "redirect:/leads/" + id;
            } catch (RelayRuleBroken broken) {
                RelayForms.reject(errors, broken);
            }
        }
        model.addAttribute("handoffErrors", true);
        return show(id, user, model);
    }

    @PostMapping("/stage")
    String move(
            @PathVariable long id,
            @Valid MoveStage command,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return act(id, redirect, "lead.moved", () -> lifecycle.move(id, command, user));
    }

    @PostMapping("/assign")
    String assign(
            @PathVariable long id,
            @RequestParam long ownerId,
            @RequestParam int version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return act(id, redirect, "lead.assigned", () -> leads.assign(id, ownerId, version, user));
    }

    @PostMapping("/account")
    String confirmAccount(
            @PathVariable long id,
            @RequestParam long accountId,
            @RequestParam int version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return act(id, redirect, "lead.accountLinked", () -> leads.confirmAccount(id, accountId, version, user));
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RelayRuleBroken broken) {
            redirect.addFlashAttribute("alertText", messages.of(broken));
        }
        return "redirect:/leads/" + id;
    }

    /** What the viewer may do with this lead now, so the page offers only actions that can succeed. */
    record LeadActions(List<HandoffKind> sendable, List<LifecycleStage> moves, boolean canAssign, boolean canEdit) {

        static LeadActions of(Lead lead, SignedInUser user, List<Handoff> handoffs) {
            boolean admin = user.is(Role.ADMIN);
            boolean owns = admin
                    || user.department().filter(lead.stage().owner()::equals).isPresent() && !user.is(Role.EXECUTIVE);
            boolean pending = handoffs.stream().anyMatch(Handoff::pending);
            List<HandoffKind> sendable = pending
                    ? List.of()
                    : Arrays.stream(HandoffKind.values())
                            .filter(kind -> admin
                                    || user.department()
                                            .filter(kind.from()::equals)
                                            .isPresent())
                            .filter(kind -> StageRules.canSend(kind, lead.stage()))
                            .toList();
            return new LeadActions(
                    sendable,
                    owns ? StageRules.manualTargets(lead.stage()) : List.of(),
                    owns && OwnerRule.mayChoose(user),
                    owns);
        }
    }
}
