package dev.tasuki.relay.web;

import java.util.Arrays;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.RejectionOutcome;
import dev.tasuki.relay.ScoringRule;
import dev.tasuki.relay.internal.HandoffSlas;
import dev.tasuki.relay.internal.LeadScoring;
import dev.tasuki.relay.internal.ReasonCodes;
import dev.tasuki.relay.internal.ScoringRules;

/**
 * Admin settings of the relay (under /admin, so admins only): SLA hours per handoff kind, the rejection reason codes
 * and where each sends a lead, and the lead scoring rules.
 */
@Controller
@RequestMapping("/admin/relay")
class RelaySettingsController {

    static final String VIEW = "relay/settings";

    private final HandoffSlas slas;
    private final ReasonCodes reasons;
    private final ScoringRules rules;
    private final LeadScoring scoring;

    RelaySettingsController(HandoffSlas slas, ReasonCodes reasons, ScoringRules rules, LeadScoring scoring) {
        this.slas = slas;
        this.reasons = reasons;
        this.rules = rules;
        this.scoring = scoring;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("slaHours", slas.allHours());
        model.addAttribute("kinds", HandoffKind.values());
        model.addAttribute("reasons", reasons.all());
        model.addAttribute("outcomes", RejectionOutcome.values());
        model.addAttribute("rules", rules.all());
        model.addAttribute("ruleKinds", ScoringRule.Kind.values());
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonForm("", "", "", RejectionOutcome.RECYCLED, 100, true));
        }
        if (!model.containsAttribute("ruleForm")) {
            model.addAttribute(
                    "ruleForm", new RuleForm(0, ScoringRule.Kind.ATTRIBUTE, "industry", "", 10, "", "", true));
        }
        return VIEW;
    }

    @PostMapping("/sla")
    String sla(@RequestParam HandoffKind kind, @RequestParam int hours, RedirectAttributes redirect) {
        if (hours < 1 || hours > 24 * 30) {
            redirect.addFlashAttribute("alert", "relaySettings.slaRange");
        } else {
            slas.set(kind, hours);
            redirect.addFlashAttribute("notice", "relaySettings.saved");
        }
        return "redirect:/admin/relay";
    }

    @PostMapping("/reasons")
    String reason(
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        reasons.save(new ReasonCode(
                form.code(),
                form.labelJa().strip(),
                form.labelEn().strip(),
                form.outcome(),
                form.sortOrder(),
                form.active()));
        redirect.addFlashAttribute("notice", "relaySettings.saved");
        return "redirect:/admin/relay";
    }

    @PostMapping("/rules")
    @Transactional
    public String rule(
            @Valid @ModelAttribute("ruleForm") RuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean fieldFitsKind = Arrays.asList(
                        form.kind() == ScoringRule.Kind.ACTIVITY
                                ? new String[] {"kind", "subject"}
                                : new String[] {"industry", "employeeBand", "segment", "source", "title"})
                .contains(form.field());
        if (!errors.hasErrors() && !fieldFitsKind) {
            errors.rejectValue("field", "relaySettings.fieldKind");
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        rules.save(new ScoringRule(
                form.id(),
                form.kind(),
                form.field(),
                form.matchValue().strip(),
                form.points(),
                form.labelJa().strip(),
                form.labelEn().strip(),
                form.active()));
        scoring.rescoreAll();
        redirect.addFlashAttribute("notice", "relaySettings.rescored");
        return "redirect:/admin/relay";
    }
}
