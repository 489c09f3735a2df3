package dev.tasuki.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Activities;
import dev.tasuki.customer.Activity;
import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.OrganisationClock;

/**
 * The activity form's post, from an account's, a contact's or (in relay) a lead's page. With htmx the answer is the new
 * timeline entry plus an empty form (out of band); a refused form comes back in place with its messages.
 */
@Controller
class ActivityController {

    static final String LOGGED = "customer/partials/activity-logged";
    static final String REFUSED = "customer/partials/activity-refused";

    private final Activities activities;
    private final OrganisationClock clock;
    private final MessageSource messages;

    ActivityController(Activities activities, OrganisationClock clock, MessageSource messages) {
        this.activities = activities;
        this.clock = clock;
        this.messages = messages;
    }

    @PostMapping("/activities")
    String log(
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletRequest request,
            Htmx htmx,
            RedirectAttributes redirect) {
        model.addAttribute("action", request.getServletPath());
        model.addAttribute("target", form);
        if (!errors.hasErrors()) {
            try {
                Activity activity = activities.log(form.toCommand(clock.zone()), user);
                if (!htmx.wantsFragment()) {
                    redirect.addFlashAttribute("notice", "activity.logged");
                    return "redirect:" + form.recordPath();
                }
                model.addAttribute("entry", entryOf(activity, user));
                model.addAttribute("activityForm", null);
                model.addAttribute("activityOob", "true");
                return LOGGED;
            } catch (CustomerRuleBroken broken) {
                Labels.reject(errors, broken);
            }
        }
        if (!htmx.wantsFragment()) {
            redirect.addFlashAttribute("alert", "activity.invalid");
            return "redirect:" + form.recordPath();
        }
        model.addAttribute("activityErrors", messagesOf(errors));
        htmx.retarget("#activity-form", "outerHTML");
        return REFUSED;
    }

    private static TimelineEntry entryOf(Activity activity, SignedInUser user) {
        return new TimelineEntry(
                0,
                activity.accountId(),
                activity.contactId(),
                activity.leadId(),
                activity.kind().timelineKind(),
                activity.occurredAt(),
                user.id(),
                user.name(),
                activity.byDepartment(),
                List.of(),
                activity.body() == null ? activity.subject() : activity.subject() + "\n" + activity.body(),
                activity.id());
    }

    private Map<String, String> messagesOf(BindingResult errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.getGlobalErrors()
                .forEach(e -> byField.putIfAbsent("", messages.getMessage(e, LocaleContextHolder.getLocale())));
        errors.getFieldErrors()
                .forEach(e ->
                        byField.putIfAbsent(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())));
        return byField;
    }
}
