package dev.tasuki.healthcheck.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.healthcheck.HealthCheckReminder;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.internal.Answer;
import dev.tasuki.healthcheck.internal.Assessment;
import dev.tasuki.healthcheck.internal.AssessmentDesk;
import dev.tasuki.healthcheck.internal.AssessmentResults;
import dev.tasuki.healthcheck.internal.HealthCheckAccess;
import dev.tasuki.healthcheck.internal.ImprovementAction;
import dev.tasuki.healthcheck.internal.Item;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;

/**
 * The list of assessments with the history chart, starting one, and the sheet where each assessor answers: every change
 * of a rating or remark is saved at once (htmx swaps the item's row), so a half-done sheet is never lost.
 */
@Controller
class AssessmentController {

    static final String LIST = "healthcheck/list";
    static final String SHEET = "healthcheck/sheet";
    static final String ROW = "healthcheck/partials/sheet-row :: row";

    /** One row of the sheet: the item, the viewer's answer (or null) and the open actions about it. */
    record SheetRow(Item item, Answer mine, List<ImprovementAction> openActions) {}

    private final AssessmentDesk desk;
    private final AssessmentResults results;
    private final HealthCheckReminder reminder;
    private final Charts charts;
    private final UserDirectory people;
    private final Messages messages;

    AssessmentController(
            AssessmentDesk desk,
            AssessmentResults results,
            HealthCheckReminder reminder,
            Charts charts,
            UserDirectory people,
            Messages messages) {
        this.desk = desk;
        this.results = results;
        this.reminder = reminder;
        this.charts = charts;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/healthcheck")
    String list(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        List<AssessmentResults.Point> history = results.history();
        model.addAttribute("assessments", results.all());
        model.addAttribute(
                "scores",
                history.stream()
                        .collect(Collectors.toMap(
                                p -> p.assessment().id(), p -> p.scorecard().overall())));
        model.addAttribute(
                "historyChart", history.isEmpty() ? null : charts.history(results.categories(), history, locale));
        model.addAttribute("due", reminder.dueFor(user).orElse(null));
        model.addAttribute("mayLead", HealthCheckAccess.mayLead(user));
        model.addAttribute("people", people.byId());
        return LIST;
    }

    @PostMapping("/healthcheck")
    String start(
            @RequestParam(required = false) String title,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            Assessment assessment = desk.start(title, user);
            redirect.addFlashAttribute("notice", "healthcheck.started");
            return "redirect:/healthcheck/" + assessment.id() + "/sheet";
        } catch (TasukiException refused) {
            redirect.addFlashAttribute("alertText", messages.of(refused));
            return "redirect:/healthcheck";
        }
    }

    @GetMapping("/healthcheck/{id}/sheet")
    String sheet(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        AssessmentResults.SheetAnswers result = results.sheetOf(id);
        Assessment assessment = result.assessment();
        Map<String, List<ImprovementAction>> open = result.actions().stream()
                .filter(action -> !action.done())
                .collect(Collectors.groupingBy(ImprovementAction::itemCode));
        model.addAttribute("assessment", assessment);
        model.addAttribute("categories", result.scorecard().categories());
        model.addAttribute(
                "rows",
                result.scorecard().items().stream()
                        .map(item -> new SheetRow(
                                item.item(),
                                item.answerOf(user.id()).orElse(null),
                                open.getOrDefault(item.item().code(), List.of())))
                        .collect(Collectors.toMap(row -> row.item().code(), row -> row)));
        model.addAttribute(
                "answered",
                result.scorecard().items().stream()
                        .filter(item -> item.answerOf(user.id()).isPresent())
                        .count());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("people", people.byId());
        return SHEET;
    }

    @PostMapping("/healthcheck/{id}/answers/{itemCode}")
    String answer(
            @PathVariable long id,
            @PathVariable String itemCode,
            @RequestParam(required = false) Rating rating,
            @RequestParam(required = false) String remark,
            Htmx htmx,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        String error = null;
        try {
            desk.answer(id, itemCode, rating, remark, user);
        } catch (TasukiException refused) {
            if (refused.kind() == TasukiException.Kind.NOT_FOUND) {
                throw refused;
            }
            error = messages.of(refused);
        }
        if (!htmx.wantsFragment()) {
            redirect.addFlashAttribute(
                    error == null ? "notice" : "alertText", error == null ? "healthcheck.saved" : error);
            return "redirect:/healthcheck/" + id + "/sheet#item-" + itemCode;
        }
        AssessmentResults.SheetAnswers result = results.sheetOf(id);
        var item = result.scorecard().item(itemCode).orElseThrow();
        model.addAttribute("assessment", result.assessment());
        model.addAttribute(
                "row",
                new SheetRow(
                        item.item(),
                        item.answerOf(user.id()).orElse(null),
                        result.actions().stream()
                                .filter(action ->
                                        !action.done() && action.itemCode().equals(itemCode))
                                .toList()));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("people", people.byId());
        model.addAttribute("saved", error == null);
        model.addAttribute("error", error);
        return ROW;
    }
}
