package dev.tasuki.success.web;

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

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;
import dev.tasuki.success.LoseContract;
import dev.tasuki.success.RenewContract;
import dev.tasuki.success.RenewalDecision;
import dev.tasuki.success.Renewals;
import dev.tasuki.success.SuccessRuleBroken;

/**
 * Upcoming renewals in the next 30, 60 or 90 days (overdue ones first), with owner and health; Customer Success marks
 * each renewed (with the new MRR) or lost (with a churn reason). htmx swaps only the row; a decision made from a stale
 * row is refused and the row shows what is stored now.
 */
@Controller
class RenewalController {

    static final String LIST = "success/renewals";
    static final String ROW = "success/partials/renewal-row :: row";
    static final String DECIDED = "success/partials/renewal-row :: decided";

    private final Renewals renewals;
    private final UserDirectory directory;
    private final Messages messages;

    RenewalController(Renewals renewals, UserDirectory directory, Messages messages) {
        this.renewals = renewals;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/renewals")
    String list(@RequestParam(defaultValue = "90") int days, @AuthenticationPrincipal SignedInUser user, Model model) {
        int window = Renewals.WINDOWS.contains(days) ? days : 90;
        model.addAttribute("days", window);
        model.addAttribute("windows", Renewals.WINDOWS);
        model.addAttribute("renewals", renewals.upcoming(window));
        return common(model, user, LIST);
    }

    @PostMapping("/renewals/{accountId}/renew")
    String renew(
            @PathVariable long accountId,
            @ModelAttribute RenewContract form,
            BindingResult unreadable,
            @RequestParam(defaultValue = "90") int days,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect,
            Htmx htmx) {
        try {
            if (unreadable.hasErrors()) {
                throw unreadable.hasFieldErrors("version")
                        ? SuccessRuleBroken.versionRequired()
                        : SuccessRuleBroken.mrrRequired();
            }
            return decided(renewals.renew(accountId, form, user), days, model, redirect, htmx);
        } catch (TasukiException refused) {
            return refused(accountId, refused, days, user, model, redirect, htmx);
        }
    }

    @PostMapping("/renewals/{accountId}/lose")
    String lose(
            @PathVariable long accountId,
            @ModelAttribute LoseContract form,
            BindingResult unreadable,
            @RequestParam(defaultValue = "90") int days,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect,
            Htmx htmx) {
        try {
            if (unreadable.hasErrors()) {
                throw SuccessRuleBroken.versionRequired();
            }
            return decided(renewals.lose(accountId, form, user), days, model, redirect, htmx);
        } catch (TasukiException refused) {
            return refused(accountId, refused, days, user, model, redirect, htmx);
        }
    }

    private String decided(RenewalDecision decision, int days, Model model, RedirectAttributes redirect, Htmx htmx) {
        String name = renewals.accountName(decision.accountId());
        if (htmx.wantsFragment()) {
            model.addAttribute("decision", decision);
            model.addAttribute("accountName", name);
            return DECIDED;
        }
        redirect.addFlashAttribute("notice", decision.outcome().messageKey() + ".notice");
        redirect.addFlashAttribute("noticeArgument", name);
        return "redirect:/renewals?days=" + days;
    }

    private String refused(
            long accountId,
            TasukiException refused,
            int days,
            SignedInUser user,
            Model model,
            RedirectAttributes redirect,
            Htmx htmx) {
        String message = messages.of(refused);
        if (htmx.wantsFragment()) {
            model.addAttribute("r", renewals.of(accountId).orElse(null));
            model.addAttribute("error", message);
            model.addAttribute("days", days);
            model.addAttribute("accountId", accountId);
            return common(model, user, ROW);
        }
        redirect.addFlashAttribute("alertText", message);
        return "redirect:/renewals?days=" + days;
    }

    private String common(Model model, SignedInUser user, String view) {
        model.addAttribute("people", directory.byId());
        model.addAttribute("reasons", renewals.reasons());
        model.addAttribute("mayDecide", renewals.mayDecide(user));
        return view;
    }
}
