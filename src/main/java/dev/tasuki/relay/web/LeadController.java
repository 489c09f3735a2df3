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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Page;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadQuery;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;

/** The lead list and the lead forms. The lead's own page, with its relay actions, is {@link LeadPageController}. */
@Controller
@RequestMapping("/leads")
class LeadController {

    static final String LIST = "relay/leads";
    static final String ROWS = "relay/partials/lead-rows :: results";
    static final String FORM = "relay/lead-form";

    private final Leads leads;
    private final UserDirectory directory;
    private final Campaigns campaigns;

    LeadController(Leads leads, UserDirectory directory, Campaigns campaigns) {
        this.leads = leads;
        this.directory = directory;
        this.campaigns = campaigns;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("people", directory.people());
        model.addAttribute("campaigns", campaigns.all());
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage stage,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long owner,
            @RequestParam(defaultValue = "createdAt") String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(defaultValue = "0") int page,
            Htmx htmx,
            Model model) {
        LeadQuery query = new LeadQuery(q, stage, source, campaign, owner, sort, desc, page, Page.DEFAULT_SIZE);
        LeadFilter filter = new LeadFilter(query);
        model.addAttribute("query", query);
        model.addAttribute("filter", filter);
        Page<Lead> result = leads.search(query);
        model.addAttribute("result", result);
        return htmx.wantsRows(filter, result) ? ROWS : LIST;
    }

    @GetMapping("/new")
    String newLead(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(
                "form",
                new LeadDetails(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LeadSource.INQUIRY,
                        null,
                        null));
        return form(model, user, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") LeadDetails form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, user, null);
        }
        try {
            Lead lead = leads.create(form, user);
            redirect.addFlashAttribute("notice", "lead.created");
            return "redirect:/leads/" + lead.id();
        } catch (RelayRuleBroken broken) {
            RelayForms.reject(errors, broken);
            return form(model, user, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Lead lead = leads.get(id);
        model.addAttribute("lead", lead);
        model.addAttribute("version", lead.version());
        model.addAttribute("form", LeadDetails.of(lead));
        return form(model, user, lead.ownerId());
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @ModelAttribute("form") LeadDetails form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Lead current = leads.get(id);
        model.addAttribute("lead", current);
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return form(model, user, current.ownerId());
        }
        try {
            leads.change(id, form, version, user);
            redirect.addFlashAttribute("notice", "lead.saved");
            return "redirect:/leads/" + id;
        } catch (RelayRuleBroken broken) {
            RelayForms.reject(errors, broken);
            if (broken.kind() == RelayRuleBroken.Kind.CONFLICT && broken.field() == null) {
                model.addAttribute("stored", LeadDetails.of(current));
                model.addAttribute("version", current.version());
            }
            return form(model, user, current.ownerId());
        }
    }

    /** The form, with the owners the user may choose for a lead of that owner (null: none, or a new lead). */
    private String form(Model model, SignedInUser user, Long currentOwner) {
        model.addAttribute("ownerChoices", directory.ownerChoices(user, currentOwner));
        return FORM;
    }
}
