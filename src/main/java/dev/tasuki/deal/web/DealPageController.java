package dev.tasuki.deal.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.CloseDeal;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealDetails;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.Deals;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;

/** A deal's page (history, stage age, win and loss with reasons) and the deal form. */
@Controller
class DealPageController {

    static final String VIEW = "deal/deal";
    static final String FORM = "deal/deal-form";

    private final Deals deals;
    private final Accounts accounts;
    private final UserDirectory directory;
    private final OrganisationClock clock;

    DealPageController(Deals deals, Accounts accounts, UserDirectory directory, OrganisationClock clock) {
        this.deals = deals;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("types", DealType.values());
        model.addAttribute("terms", ContractTerm.values());
        model.addAttribute("people", directory.people());
        model.addAttribute("stages", deals.stages());
        model.addAttribute("now", clock.now());
    }

    @GetMapping("/deals/{id}")
    String show(@PathVariable long id, Model model) {
        Deal deal = deals.get(id);
        model.addAttribute("deal", deal);
        model.addAttribute("account", accounts.get(deal.accountId()));
        model.addAttribute("history", deals.history(id));
        model.addAttribute("winReasons", deals.reasons(DealStatus.WON));
        model.addAttribute("lossReasons", deals.reasons(DealStatus.LOST));
        if (!model.containsAttribute("closeForm")) {
            model.addAttribute(
                    "closeForm", new CloseDeal("", "", deal.mrr(), deal.term(), clock.today(), deal.version()));
        }
        return VIEW;
    }

    @GetMapping("/deals/new")
    String newDeal(
            @RequestParam(required = false) Long accountId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute(
                "form",
                new DealDetails(
                        accountId,
                        "",
                        DealType.NEW,
                        0,
                        0,
                        ContractTerm.ANNUAL,
                        clock.today().plusMonths(2),
                        user.id()));
        model.addAttribute(
                "accountName",
                accountId == null ? null : accounts.get(accountId).name());
        return form(model, user);
    }

    @PostMapping("/deals")
    String create(
            @Valid @ModelAttribute("form") DealDetails form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, user);
        }
        try {
            Deal deal = deals.open(form, user);
            redirect.addFlashAttribute("notice", "deal.created");
            return "redirect:/deals/" + deal.id();
        } catch (DealRuleBroken broken) {
            errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
            return form(model, user);
        }
    }

    /** The form of a new deal, which its creator owns unless they choose another owner they may. */
    private String form(Model model, SignedInUser user) {
        model.addAttribute("ownerChoices", directory.ownerChoices(user, user.id()));
        return FORM;
    }

    @PostMapping("/deals/{id}/win")
    String win(
            @PathVariable long id,
            @Valid @ModelAttribute("closeForm") CloseDeal form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return close(id, form, errors, model, redirect, "deal.won", () -> deals.win(id, form, user));
    }

    @PostMapping("/deals/{id}/lose")
    String lose(
            @PathVariable long id,
            @Valid @ModelAttribute("closeForm") CloseDeal form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return close(id, form, errors, model, redirect, "deal.lost", () -> deals.lose(id, form, user));
    }

    private String close(
            long id,
            CloseDeal form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/deals/" + id;
            } catch (DealRuleBroken broken) {
                errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
            }
        }
        model.addAttribute("closeErrors", true);
        return show(id, model);
    }
}
