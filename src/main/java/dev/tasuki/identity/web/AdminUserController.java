package dev.tasuki.identity.web;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserAdministration;
import dev.tasuki.identity.UserChange;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.identity.UserRuleBroken;

/**
 * Admin pages for users: list, create, edit, deactivate and reactivate. The security chain lets only admins reach
 * /admin/**.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    static final String LIST = "identity/admin/users";
    static final String NEW = "identity/admin/user-new";
    static final String EDIT = "identity/admin/user-edit";

    private final UserDirectory directory;
    private final UserAdministration administration;

    AdminUserController(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("departments", Department.values());
        model.addAttribute("roles", Role.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", directory.all());
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUser("", "", "", null, Role.MEMBER, ""));
        return NEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUser form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return NEW;
        }
        try {
            UserAccount created = administration.create(form);
            redirect.addFlashAttribute("notice", "user.created");
            redirect.addFlashAttribute("noticeArgument", created.name().display());
            return "redirect:/admin/users";
        } catch (UserRuleBroken broken) {
            reject(errors, broken);
            return NEW;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = directory.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserChange.of(user));
        return EDIT;
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UserChange form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser actor,
            Model model,
            RedirectAttributes redirect) {
        UserAccount current = directory.get(id);
        model.addAttribute("user", current);
        if (errors.hasErrors()) {
            return EDIT;
        }
        try {
            administration.change(id, form, actor);
            redirect.addFlashAttribute("notice", "user.saved");
            redirect.addFlashAttribute("noticeArgument", form.familyName());
            return "redirect:/admin/users";
        } catch (UserRuleBroken broken) {
            reject(errors, broken);
            if (broken.kind() == UserRuleBroken.Kind.CONFLICT && broken.field() == null) {
                model.addAttribute("changes", StaleEdit.between(form, current));
            }
            return EDIT;
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal SignedInUser actor,
            RedirectAttributes redirect) {
        return changeActivity(id, redirect, "user.deactivated", () -> administration.deactivate(id, version, actor));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return changeActivity(id, redirect, "user.reactivated", () -> administration.reactivate(id, version));
    }

    private String changeActivity(long id, RedirectAttributes redirect, String notice, Runnable change) {
        String name = directory.get(id).name().display();
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (UserRuleBroken broken) {
            redirect.addFlashAttribute("alert", broken.messageKey());
        }
        redirect.addFlashAttribute("noticeArgument", name);
        return "redirect:/admin/users/" + id;
    }

    private static void reject(BindingResult errors, UserRuleBroken broken) {
        if (broken.field() == null || "active".equals(broken.field())) {
            errors.reject(broken.messageKey());
        } else {
            errors.rejectValue(broken.field(), broken.messageKey());
        }
    }

    /** What someone else changed since the admin opened the form: field, their value, the value now stored. */
    record StaleEdit(String field, String submitted, String stored) {

        static List<StaleEdit> between(UserChange submitted, UserAccount stored) {
            UserChange now = UserChange.of(stored);
            return List.of(
                            new StaleEdit("email", submitted.email(), now.email()),
                            new StaleEdit("familyName", submitted.familyName(), now.familyName()),
                            new StaleEdit("givenName", submitted.givenName(), now.givenName()),
                            new StaleEdit(
                                    "department",
                                    String.valueOf(submitted.department()),
                                    String.valueOf(now.department())),
                            new StaleEdit("role", String.valueOf(submitted.role()), String.valueOf(now.role())))
                    .stream()
                    .filter(edit -> !java.util.Objects.equals(normal(edit.submitted()), normal(edit.stored())))
                    .toList();
        }

        private static String normal(String value) {
            return value == null ? "" : value.strip();
        }
    }
}
