package dev.tasuki.exchange.web;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.exchange.internal.CaptureForm;
import dev.tasuki.exchange.internal.Captures;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.LeadFields;
import dev.tasuki.relay.LeadSource;

/**
 * The admin's capture forms: add one with its source, campaign and the website origins that may post to it from script,
 * change those origins, switch it off, and copy the HTML snippet to put on the website.
 */
@Controller
@RequestMapping("/admin/capture")
class CapturePageController {

    private final Captures captures;
    private final Campaigns campaigns;
    private final Messages messages;

    CapturePageController(Captures captures, Campaigns campaigns, Messages messages) {
        this.captures = captures;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        String endpoint = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/capture/")
                .toUriString();
        List<CaptureForm> forms = captures.forms();
        model.addAttribute("forms", forms);
        model.addAttribute(
                "snippets",
                forms.stream().collect(Collectors.toMap(CaptureForm::id, form -> snippet(endpoint + form.key()))));
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("campaigns", campaigns.all());
        return "exchange/capture";
    }

    @PostMapping
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String allowedOrigins,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes flash) {
        return refusedToFlash(() -> captures.create(name, source, campaign, allowedOrigins, user), flash);
    }

    @PostMapping("/{id}/origins")
    String origins(
            @PathVariable long id,
            @RequestParam(required = false) String allowedOrigins,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes flash) {
        return refusedToFlash(() -> captures.setAllowedOrigins(id, allowedOrigins, user), flash);
    }

    /** Back to the page, with the reason shown when the change was refused. */
    private String refusedToFlash(Runnable change, RedirectAttributes flash) {
        try {
            change.run();
        } catch (ExchangeRefused refused) {
            flash.addFlashAttribute("alertText", messages.of(refused));
        }
        return "redirect:/admin/capture";
    }

    /** The HTML to paste into the website: the fields the endpoint reads, and the honeypot hidden from people. */
    static String snippet(String action) {
        return """
                <form action="%s" method="post">
                  <label>姓 <input name="familyName" maxlength="%d"></label>
                  <label>名 <input name="givenName" maxlength="%d"></label>
                  <label>メールアドレス <input name="email" type="email" maxlength="%d" required></label>
                  <label>会社名 <input name="companyName" maxlength="%d"></label>
                  <label>電話番号 <input name="phone" maxlength="%d"></label>
                  <label>役職 <input name="title" maxlength="%d"></label>
                  <input name="%s" tabindex="-1" autocomplete="off" aria-hidden="true" \
                  style="position:absolute;left:-10000px">
                  <button type="submit">送信</button>
                </form>""".formatted(
                        action,
                        LeadFields.NAME,
                        LeadFields.NAME,
                        LeadFields.EMAIL,
                        LeadFields.COMPANY,
                        LeadFields.PHONE,
                        LeadFields.TITLE,
                        Captures.HONEYPOT);
    }

    @PostMapping("/{id}/active")
    String active(@PathVariable long id, @RequestParam boolean active, @AuthenticationPrincipal SignedInUser user) {
        captures.setActive(id, active, user);
        return "redirect:/admin/capture";
    }
}
