package dev.tasuki.exchange.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.exchange.internal.WebhookEvent;
import dev.tasuki.exchange.internal.Webhooks;
import dev.tasuki.identity.SignedInUser;

/**
 * The admin's webhooks: endpoints with their signing secrets and events, the delivery log with status codes, sending a
 * message again, and the setting that allows private targets.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPageController {

    private final Webhooks webhooks;

    WebhookPageController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("endpoints", webhooks.endpoints());
        model.addAttribute("deliveries", webhooks.deliveries());
        model.addAttribute("events", WebhookEvent.values());
        model.addAttribute("privateAllowed", webhooks.privateTargetsAllowed());
        return "exchange/webhooks";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) List<WebhookEvent> events,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes flash) {
        try {
            webhooks.add(url, events, user);
        } catch (ExchangeRefused refused) {
            flash.addFlashAttribute("alert", refused.messageKey());
            flash.addFlashAttribute("noticeArgument", url);
        }
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal SignedInUser user) {
        webhooks.setActive(id, active, user);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/deliveries/{id}/redeliver")
    String redeliver(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        webhooks.redeliver(id, user);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/settings")
    String settings(
            @RequestParam(defaultValue = "false") boolean allowPrivateTargets,
            @AuthenticationPrincipal SignedInUser user) {
        webhooks.allowPrivateTargets(allowPrivateTargets, user);
        return "redirect:/admin/webhooks";
    }
}
