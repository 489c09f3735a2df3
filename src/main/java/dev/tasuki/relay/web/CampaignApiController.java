package dev.tasuki.relay.web;

import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Campaign;
import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.Campaigns;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignApiController {

    private final Campaigns campaigns;

    CampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * Who may change campaigns is checked before the body is read and validated: someone who may not gets 403, never a
     * 400 that tells them how to shape a campaign. Spring runs model attribute methods before binding the arguments.
     */
    @ModelAttribute
    void mayChange(HttpServletRequest request, @AuthenticationPrincipal SignedInUser user) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            campaigns.checkRuns(user);
        }
    }

    @GetMapping
    List<Campaign> all() {
        return campaigns.all();
    }

    @GetMapping("/{id}")
    Campaign get(@PathVariable long id) {
        return campaigns.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(@Valid @RequestBody CampaignDetails details, @AuthenticationPrincipal SignedInUser user) {
        return campaigns.create(details, user);
    }

    @PutMapping("/{id}")
    Campaign change(
            @PathVariable long id,
            @RequestParam int version,
            @Valid @RequestBody CampaignDetails details,
            @AuthenticationPrincipal SignedInUser user) {
        return campaigns.change(id, details, version, user);
    }
}
