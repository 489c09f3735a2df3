package dev.tasuki.success.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;
import dev.tasuki.success.ChurnReason;
import dev.tasuki.success.CustomerHealth;
import dev.tasuki.success.HealthSetting;
import dev.tasuki.success.Renewals;

/**
 * Admin settings of Customer Success (under /admin, so admins only): the churn reasons and the health score's weights,
 * thresholds and colour bands.
 */
@Controller
@RequestMapping("/admin/success")
class SuccessSettingsController {

    static final String VIEW = "success/settings";

    private final Renewals renewals;
    private final CustomerHealth health;
    private final Messages messages;

    SuccessSettingsController(Renewals renewals, CustomerHealth health, Messages messages) {
        this.renewals = renewals;
        this.health = health;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("reasons", renewals.allReasons());
        model.addAttribute("settings", health.settings());
        if (model.getAttribute("reasonForm") == null) {
            model.addAttribute("reasonForm", new ReasonForm("", "", "", 100, true));
        }
        return VIEW;
    }

    @PostMapping("/reasons")
    String reason(
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(model);
        }
        renewals.saveReason(
                new ChurnReason(
                        form.code(),
                        form.labelJa().strip(),
                        form.labelEn().strip(),
                        form.sortOrder() == null ? 100 : form.sortOrder(),
                        Boolean.TRUE.equals(form.active())),
                user);
        redirect.addFlashAttribute("notice", "successSettings.saved");
        return "redirect:/admin/success";
    }

    @PostMapping("/health")
    String health(
            @Valid HealthSettingForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        if (form == null || errors.hasErrors()) {
            redirect.addFlashAttribute("alert", "successSettings.healthRange");
            return "redirect:/admin/success";
        }
        try {
            health.save(new HealthSetting(form.code(), form.weight(), form.goodAt(), form.badAt(), 0), user);
            redirect.addFlashAttribute("notice", "successSettings.healthSaved");
        } catch (TasukiException refused) {
            redirect.addFlashAttribute("alertText", messages.of(refused));
        }
        return "redirect:/admin/success";
    }
}
