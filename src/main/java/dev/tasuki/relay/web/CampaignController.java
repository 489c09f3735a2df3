package dev.tasuki.relay.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.RelayRuleBroken;

/** The campaign page: Marketing creates, everyone reads. */
@Controller
class CampaignController {

    static final String LIST = "relay/campaigns";

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.all());
        model.addAttribute("channels", LeadSource.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CampaignDetails("", LeadSource.WEBINAR, null, null, 0));
        }
        return LIST;
    }

    @PostMapping("/campaigns")
    String create(
            @Valid @ModelAttribute("form") CampaignDetails form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                campaigns.create(form, user);
                redirect.addFlashAttribute("notice", "campaign.created");
                return "redirect:/campaigns";
            } catch (RelayRuleBroken broken) {
                RelayForms.reject(errors, broken);
            }
        }
        return list(model);
    }
}
