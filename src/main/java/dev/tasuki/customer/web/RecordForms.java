package dev.tasuki.customer.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/**
 * What the account and the contact forms share: who may open an edit, a save that puts a refusal on the form (with what
 * changed meanwhile when the edit is stale), and the redirect to the saved record.
 */
final class RecordForms {

    private RecordForms() {}

    /** An executive reads every record and edits none; anyone else may not edit this one. */
    static void checkEditable(boolean mayEdit, SignedInUser user) {
        if (!mayEdit) {
            throw user.is(Role.EXECUTIVE) ? CustomerRuleBroken.readOnly() : CustomerRuleBroken.notEditable();
        }
    }

    /**
     * Saves a valid form and answers where to go; empty when the form must show again: it had errors, or the save was
     * refused (the refusal is then on the form, the existing record it names and, for a stale edit, the changes of
     * {@code stale}, if given, on the model).
     */
    static Optional<String> save(
            BindingResult errors, Model model, Supplier<String> save, Supplier<List<StaleEdit>> stale) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (CustomerRuleBroken broken) {
            Labels.reject(errors, broken);
            model.addAttribute("existingId", broken.existingId());
            if (stale != null && broken.kind() == CustomerRuleBroken.Kind.CONFLICT && broken.field() == null) {
                model.addAttribute("changes", stale.get());
            }
            return Optional.empty();
        }
    }

    /** To the saved record's page, with a notice naming it. */
    static String saved(RedirectAttributes redirect, String notice, String name, String path) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", name);
        return "redirect:" + path;
    }
}
