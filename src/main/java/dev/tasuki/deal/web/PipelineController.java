package dev.tasuki.deal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.Deals;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * The pipeline: a board with a column per open stage (a card moves with one action, no dragging needed; htmx swaps the
 * board) and a list with filters and totals.
 */
@Controller
class PipelineController {

    static final String BOARD = "deal/board";
    static final String LIST = "deal/list";

    private final Deals deals;
    private final Accounts accounts;
    private final UserDirectory directory;
    private final OrganisationClock clock;
    private final Messages messages;

    PipelineController(
            Deals deals, Accounts accounts, UserDirectory directory, OrganisationClock clock, Messages messages) {
        this.deals = deals;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("stages", deals.stages());
        model.addAttribute("now", clock.now());
        model.addAttribute("people", directory.people());
    }

    @GetMapping("/deals/board")
    String board(@RequestParam(required = false) Long owner, Model model) {
        List<Deal> open = deals.search(DealStatus.OPEN, null, owner, null);
        Map<String, List<Deal>> columns = new LinkedHashMap<>();
        for (DealStage stage : deals.stages()) {
            if (stage.open()) {
                columns.put(
                        stage.code(),
                        open.stream()
                                .filter(deal -> deal.stage().equals(stage.code()))
                                .toList());
            }
        }
        model.addAttribute("columns", columns);
        Map<String, Long> columnTotals = new LinkedHashMap<>();
        columns.forEach((stage, inStage) ->
                columnTotals.put(stage, inStage.stream().mapToLong(Deal::amount).sum()));
        model.addAttribute("columnTotals", columnTotals);
        model.addAttribute("owner", owner);
        model.addAttribute("accountNames", DealViews.accountNames(open, accounts));
        return BOARD;
    }

    @GetMapping("/deals")
    String list(
            @RequestParam(required = false) DealStatus status,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) DealType type,
            Model model) {
        List<Deal> found = deals.search(status, blankToNull(stage), owner, type);
        model.addAttribute("deals", found);
        model.addAttribute("totals", DealViews.totals(found, deals.stages()));
        model.addAttribute("accountNames", DealViews.accountNames(found, accounts));
        model.addAttribute("filter", new DealViews.Filter(status, blankToNull(stage), owner, type));
        model.addAttribute("statuses", DealStatus.values());
        model.addAttribute("types", DealType.values());
        return LIST;
    }

    @PostMapping("/deals/{id}/stage")
    String move(
            @PathVariable long id,
            @RequestParam String stage,
            @RequestParam int version,
            @AuthenticationPrincipal SignedInUser user,
            Htmx htmx,
            Model model,
            RedirectAttributes redirect) {
        try {
            deals.move(id, stage, version, user);
        } catch (DealRuleBroken broken) {
            if (htmx.wantsFragment()) {
                model.addAttribute("alertText", messages.of(broken));
            } else {
                redirect.addFlashAttribute("alertText", messages.of(broken));
            }
        }
        return htmx.wantsFragment() ? board(null, model) : "redirect:/deals/board";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
