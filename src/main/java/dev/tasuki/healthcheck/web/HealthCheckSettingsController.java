package dev.tasuki.healthcheck.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.healthcheck.internal.HealthCheckSettings;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;

/**
 * Admin settings of the health check (under /admin, so admins only): the reminder's interval and the categories'
 * weights.
 */
@Controller
@RequestMapping("/admin/healthcheck")
class HealthCheckSettingsController {

    private final HealthCheckSettings settings;
    private final Messages messages;

    HealthCheckSettingsController(HealthCheckSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("interval", settings.interval());
        model.addAttribute("categories", settings.categories());
        return "healthcheck/settings";
    }

    @PostMapping("/interval")
    String interval(
            @RequestParam(required = false) Integer months,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return saving(() -> settings.saveInterval(months, version, user), redirect);
    }

    @PostMapping("/weights")
    String weight(
            @RequestParam String category,
            @RequestParam(required = false) Integer weight,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return saving(() -> settings.saveWeight(category, weight, user), redirect);
    }

    /** Saves, then shows the settings again with "saved" or the reason it was refused. */
    private String saving(Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "healthcheck.settings.saved");
        } catch (TasukiException refused) {
            redirect.addFlashAttribute("alertText", messages.of(refused));
        }
        return "redirect:/admin/healthcheck";
    }
}
