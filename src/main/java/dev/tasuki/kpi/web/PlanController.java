package dev.tasuki.kpi.web;

import java.time.YearMonth;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.kpi.ReversePlan;
import dev.tasuki.kpi.ReversePlanner;
import dev.tasuki.kpi.TargetPlans;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.TasukiException;

/**
 * Reverse planning (逆算) for managers, executives and admins: from a new-revenue target to what each stage and
 * department needs, and saving that as the targets of the window's months.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'EXECUTIVE', 'ADMIN')")
class PlanController {

    static final String PAGE = "kpi/plan";

    private final ReversePlanner planner;
    private final TargetPlans plans;
    private final Messages messages;
    private final OrganisationClock clock;

    PlanController(ReversePlanner planner, TargetPlans plans, Messages messages, OrganisationClock clock) {
        this.planner = planner;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plan")
    String page(Model model) {
        model.addAttribute("form", PlanForm.blank(clock.today()));
        return PAGE;
    }

    @PostMapping("/plan")
    String calculate(@ModelAttribute("form") PlanForm form, BindingResult unreadable, Model model) {
        plan(form, unreadable, model);
        return PAGE;
    }

    @PostMapping("/plan/save")
    String save(
            @ModelAttribute("form") PlanForm form,
            BindingResult unreadable,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        ReversePlan plan = plan(form, unreadable, model);
        if (plan == null) {
            return PAGE;
        }
        try {
            List<YearMonth> months = plans.save(plan, user);
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:/targets?start=" + months.get(0);
        } catch (TasukiException refused) {
            model.addAttribute("failure", messages.of(refused));
            return PAGE;
        }
    }

    /** The plan of the form, or null with the reason in the model. */
    private ReversePlan plan(PlanForm form, BindingResult unreadable, Model model) {
        if (unreadable.hasErrors() || form.revenueTarget() == null) {
            model.addAttribute("failure", messages.of("plan.checkInput"));
            return null;
        }
        try {
            ReversePlan plan = planner.plan(form.revenueTarget(), form.window(), form.overrides());
            model.addAttribute("plan", plan);
            return plan;
        } catch (TasukiException refused) {
            model.addAttribute("failure", messages.of(refused));
            return null;
        }
    }
}
