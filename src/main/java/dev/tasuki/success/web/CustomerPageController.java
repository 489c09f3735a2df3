package dev.tasuki.success.web;

import java.util.Locale;
import java.util.Optional;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Timeline;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.Deals;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.TasukiException;
import dev.tasuki.success.Contract;
import dev.tasuki.success.CustomerHealth;
import dev.tasuki.success.Expansions;
import dev.tasuki.success.Mrr;
import dev.tasuki.success.MrrHistory;
import dev.tasuki.success.RaiseExpansion;
import dev.tasuki.success.Renewals;
import dev.tasuki.success.SetMrrLevel;

/**
 * A customer's page for Customer Success: MRR today, its chart and movements (the numbers one click away), the contract
 * and its renewal, health with its reasons, expansion handoffs and the timeline. CS and admins set a level by hand,
 * decide the renewal and raise an expansion here; everyone else reads.
 */
@Controller
@RequestMapping("/customers/{id}")
class CustomerPageController {

    static final String VIEW = "success/customer";

    private final Accounts accounts;
    private final Mrr mrr;
    private final Renewals renewals;
    private final CustomerHealth health;
    private final Expansions expansions;
    private final Timeline timeline;
    private final MrrChart chart;
    private final UserDirectory directory;
    private final Messages messages;
    private final OrganisationClock clock;

    private final Deals deals;

    CustomerPageController(
            Accounts accounts,
            Mrr mrr,
            Renewals renewals,
            CustomerHealth health,
            Expansions expansions,
            Timeline timeline,
            MrrChart chart,
            UserDirectory directory,
            Messages messages,
            OrganisationClock clock,
            Deals deals) {
        this.deals = deals;
        this.accounts = accounts;
        this.mrr = mrr;
        this.renewals = renewals;
        this.health = health;
        this.expansions = expansions;
        this.timeline = timeline;
        this.chart = chart;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
        Account account = accounts.get(id);
        MrrHistory history = mrr.of(id);
        Optional<Contract> contract = renewals.contractOf(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "openDeals",
                deals.ofAccount(account.id()).stream().filter(Deal::open).toList());
        model.addAttribute("history", history);
        model.addAttribute("chart", chart.of(history, locale));
        model.addAttribute("contract", contract.orElse(null));
        model.addAttribute("today", clock.today());
        model.addAttribute(
                "churnReason",
                contract.flatMap(c -> renewals.reason(c.churnReason())).orElse(null));
        model.addAttribute("health", health.of(id));
        model.addAttribute("renewal", renewals.of(id).orElse(null));
        model.addAttribute("reasons", renewals.reasons());
        model.addAttribute("candidates", expansions.candidates(id));
        model.addAttribute("expansions", expansions.raised(id));
        model.addAttribute("entries", timeline.ofAccount(id, Timeline.DEFAULT_LIMIT));
        model.addAttribute("people", directory.byId());
        model.addAttribute("mayChange", mrr.mayChange(user));
        model.addAttribute("mayDecide", renewals.mayDecide(user));
        if (!model.containsAttribute("levelForm")) {
            model.addAttribute("levelForm", new SetMrrLevel(clock.today(), history.mrr()));
        }
        if (!model.containsAttribute("expansionForm")) {
            model.addAttribute("expansionForm", new RaiseExpansion(null, ""));
        }
        return VIEW;
    }

    @PostMapping("/mrr")
    String setLevel(
            @PathVariable long id,
            @Valid @ModelAttribute("levelForm") SetMrrLevel form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return saved(
                id, errors, () -> mrr.set(id, form, user), "mrr.saved", "levelErrors", user, model, locale, redirect);
    }

    @PostMapping("/expansion")
    String raise(
            @PathVariable long id,
            @Valid @ModelAttribute("expansionForm") RaiseExpansion form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return saved(
                id,
                errors,
                () -> expansions.raise(id, form, user),
                "expansion.raised",
                "expansionErrors",
                user,
                model,
                locale,
                redirect);
    }

    /**
     * Runs a valid form's change and goes back to the customer's page with the notice; a refusal, or a form with
     * errors, shows the page again with the form open ({@code openForm}) and the refusal's message.
     */
    private String saved(
            long id,
            BindingResult errors,
            Runnable change,
            String notice,
            String openForm,
            SignedInUser user,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/customers/" + id;
            } catch (TasukiException refused) {
                model.addAttribute("alertText", messages.of(refused));
            }
        }
        model.addAttribute(openForm, true);
        return show(id, user, model, locale);
    }
}
