package dev.tasuki.healthcheck.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.healthcheck.internal.AssessmentDesk;
import dev.tasuki.healthcheck.internal.AssessmentResults;
import dev.tasuki.healthcheck.internal.AssessmentResults.Result;
import dev.tasuki.healthcheck.internal.HealthCheckAccess;
import dev.tasuki.healthcheck.internal.ImprovementAction;
import dev.tasuki.healthcheck.internal.Remedy;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.TasukiException;

/**
 * An assessment's result: overall score, the radar of the ten categories, every rating side by side with departments'
 * disagreements highlighted, the evidence beside each item, the change since the previous assessment and the weak items
 * ranked with their remedies. Its starter closes it here; managers turn weak items into improvement actions.
 */
@Controller
class ResultController {

    static final String VIEW = "healthcheck/result";

    private final AssessmentDesk desk;
    private final AssessmentResults results;
    private final EvidenceText evidenceText;
    private final Charts charts;
    private final UserDirectory people;
    private final Messages messages;
    private final OrganisationClock clock;

    ResultController(
            AssessmentDesk desk,
            AssessmentResults results,
            EvidenceText evidenceText,
            Charts charts,
            UserDirectory people,
            Messages messages,
            OrganisationClock clock) {
        this.desk = desk;
        this.results = results;
        this.evidenceText = evidenceText;
        this.charts = charts;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/healthcheck/{id}")
    String result(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        Result result = results.of(id);
        String previousTitle =
                result.sincePrevious().map(c -> c.previous().title()).orElse(null);
        model.addAttribute("result", result);
        model.addAttribute("assessment", result.assessment());
        model.addAttribute("evidence", evidenceText.of(result.evidence(), locale));
        model.addAttribute(
                "radar",
                charts.radar(
                        results.categories(),
                        result.assessment().title(),
                        result.scorecard(),
                        previousTitle,
                        result.sincePrevious()
                                .map(c -> results.scorecardOf(c.previous().id()))
                                .orElse(null),
                        locale));
        model.addAttribute(
                "actionsByItem", result.actions().stream().collect(Collectors.groupingBy(ImprovementAction::itemCode)));
        model.addAttribute(
                "itemTexts", results.items().stream().collect(Collectors.toMap(i -> i.code(), i -> i.text(locale))));
        model.addAttribute(
                "categoryLabels",
                results.categories().stream().collect(Collectors.toMap(c -> c.code(), c -> c.label(locale))));
        model.addAttribute("remedies", Remedy.values());
        model.addAttribute("people", people.byId());
        model.addAttribute(
                "owners",
                people.all().stream()
                        .filter(owner -> HealthCheckAccess.mayGiveAction(user, owner))
                        .toList());
        model.addAttribute("mayLead", HealthCheckAccess.mayLead(user));
        model.addAttribute("mayClose", HealthCheckAccess.mayClose(user, result.assessment()));
        model.addAttribute("today", clock.today());
        return VIEW;
    }

    @PostMapping("/healthcheck/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return done(
                () -> desk.close(id, version == null ? -1 : version, user),
                "healthcheck.closedNotice",
                redirect,
                "redirect:/healthcheck/" + id);
    }

    @PostMapping("/healthcheck/{id}/actions")
    String createAction(
            @PathVariable long id,
            @RequestParam String itemCode,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return done(
                () -> desk.createAction(id, itemCode, title, ownerId, dueOn, user),
                "healthcheck.action.created",
                redirect,
                "redirect:/healthcheck/" + id + "#actions");
    }

    @PostMapping("/healthcheck/{id}/actions/{actionId}")
    String setActionDone(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam boolean done,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return done(
                () -> desk.setActionDone(actionId, done, version == null ? -1 : version, user),
                "healthcheck.action.saved",
                redirect,
                "redirect:/healthcheck/" + id + "#actions");
    }

    /** Post/Redirect/Get: the change, then the page again with its notice or the reason it was refused. */
    private String done(Runnable change, String notice, RedirectAttributes redirect, String target) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (TasukiException refused) {
            redirect.addFlashAttribute("alertText", messages.of(refused));
        }
        return target;
    }
}
