package dev.tasuki.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.identity.internal.AccountSettings;
import dev.tasuki.platform.Language;

/** The user's own settings: language, password and personal API tokens. */
@Controller
@RequestMapping("/settings")
class SettingsController {

    static final String VIEW = "identity/settings";

    private final AccountSettings settings;
    private final UserDirectory directory;
    private final LocaleResolver locales;

    SettingsController(AccountSettings settings, UserDirectory directory, LocaleResolver locales) {
        this.settings = settings;
        this.directory = directory;
        this.locales = locales;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordChange("", ""));
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenRequest(""));
        }
        model.addAttribute("account", directory.get(user.id()));
        model.addAttribute("languages", Language.values());
        model.addAttribute("tokens", settings.tokensOf(user));
        return VIEW;
    }

    @PostMapping("/language")
    String chooseLanguage(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String language,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Language chosen = Language.fromTag(language).orElse(null);
        settings.chooseLanguage(user, chosen);
        locales.setLocale(request, response, chosen == null ? null : chosen.locale());
        redirect.addFlashAttribute("notice", "settings.languageSaved");
        return "redirect:/settings";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordChange form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            switch (settings.changePassword(
                    user,
                    form.currentPassword(),
                    form.newPassword(),
                    request.getSession().getId())) {
                case WRONG_PASSWORD -> errors.rejectValue("currentPassword", "settings.currentPasswordWrong");
                case THROTTLED -> errors.rejectValue("currentPassword", "settings.passwordThrottled");
                case CHANGED -> {
                    // nothing more to say on the form
                }
            }
        }
        if (errors.hasErrors()) {
            return show(user, model);
        }
        redirect.addFlashAttribute("notice", "settings.passwordChanged");
        return "redirect:/settings";
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("tokenForm") TokenRequest form,
            BindingResult errors,
            Model model) {
        if (!errors.hasErrors()) {
            // Shown once, on this response only: the token is never stored, not even in the session.
            model.addAttribute(
                    "issuedToken",
                    settings.issueToken(user, form.name().strip()).token());
        }
        return show(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (settings.revokeToken(user, id)) {
            redirect.addFlashAttribute("notice", "settings.tokenRevoked");
        }
        return "redirect:/settings";
    }
}
