package dev.tasuki.relay.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Campaign;
import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.RelayRuleBroken;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Campaign pages (Marketing edits, everyone reads) and the campaign API.
 */
@Controller
@Tag(name = "Campaigns")
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
    String create(@Valid @ModelAttribute("form") CampaignDetails form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
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

    @GetMapping("/api/v1/campaigns")
    @ResponseBody
    List<Campaign> all() {
        return campaigns.all();
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseBody
    ResponseEntity<Campaign> createByApi(@Valid @RequestBody CampaignDetails details, @AuthenticationPrincipal SignedInUser user) {
        Campaign campaign = campaigns.create(details, user);
        return ResponseEntity.status(201).body(campaign);
    }

    @PostMapping("/api/v1/campaigns/{id}")
    @ResponseBody
    Campaign changeByApi(@PathVariable long id, @RequestParam int version, @Valid @RequestBody CampaignDetails details,
            @AuthenticationPrincipal SignedInUser user) {
        return campaigns.change(id, details, version, user);
    }
}
