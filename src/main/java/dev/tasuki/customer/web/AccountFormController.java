package dev.tasuki.customer.web;

import java.util.List;
import java.util.Map;
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
import dev.tasuki.customer.AccountChange;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.customer.Prefecture;
import dev.tasuki.customer.Segment;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/**
 * Adding and editing accounts: Post/Redirect/Get, field messages in the user's language, and a stale edit shown with
 * what changed while the user's input stays in the form.
 */
@Controller
@RequestMapping("/accounts")
class AccountFormController {

    static final String NEW = "customer/account-new";
    static final String EDIT = "customer/account-edit";

    private final Accounts accounts;
    private final UserDirectory directory;
    private final Labels labels;

    AccountFormController(Accounts accounts, UserDirectory directory, Labels labels) {
        this.accounts = accounts;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/new")
    String newAccount(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!accounts.mayCreate(user)) {
            throw CustomerRuleBroken.readOnly();
        }
        NewAccount empty = NewAccount.empty();
        Long owner = user.department().isPresent() ? user.id() : null;
        model.addAttribute(
                "form",
                new NewAccount(
                        empty.name(),
                        empty.nameKana(),
                        empty.domain(),
                        null,
                        null,
                        null,
                        owner,
                        empty.phone(),
                        null,
                        empty.address()));
        return choices(model, user, owner, NEW);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewAccount form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return RecordForms.save(
                        errors, model, () -> saved(redirect, "account.created", accounts.create(form, user)), null)
                .orElseGet(() -> choices(model, user, form.ownerId(), NEW));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.get(id);
        RecordForms.checkEditable(accounts.mayEdit(account, user), user);
        model.addAttribute("account", account);
        model.addAttribute("form", AccountChange.of(account));
        return choices(model, user, account.ownerId(), EDIT);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AccountChange form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Account current = accounts.get(id);
        model.addAttribute("account", current);
        return RecordForms.save(
                        errors,
                        model,
                        () -> saved(redirect, "account.saved", accounts.change(id, form, user)),
                        () -> differences(form, current))
                .orElseGet(() -> choices(model, user, current.ownerId(), EDIT));
    }

    private static String saved(RedirectAttributes redirect, String notice, Account account) {
        return RecordForms.saved(redirect, notice, account.name(), "/accounts/" + account.id());
    }

    private String choices(Model model, SignedInUser user, Long currentOwner, String view) {
        model.addAttribute("industries", Industry.values());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("prefectures", Prefecture.values());
        model.addAttribute("ownerChoices", directory.ownerChoices(user, currentOwner));
        model.addAttribute("people", directory.byId());
        return view;
    }

    private List<StaleEdit> differences(AccountChange mine, Account stored) {
        Map<Long, UserAccount> byId = directory.byId();
        return new StaleEdit.Differences()
                .add("account.name", mine.name(), stored.name())
                .add("account.nameKana", mine.nameKana(), stored.nameKana())
                .add("account.domain", mine.domain(), stored.domain())
                .add("account.industry", labels.of(mine.industry()), labels.of(stored.industry()))
                .add("account.employeeBand", labels.of(mine.employeeBand()), labels.of(stored.employeeBand()))
                .add("account.segment", labels.of(mine.segment()), labels.of(stored.segment()))
                .add("account.ownerId", labels.owner(mine.ownerId(), byId), labels.owner(stored.ownerId(), byId))
                .add("account.phone", mine.phone(), stored.phone())
                .add("account.prefecture", labels.of(mine.prefecture()), labels.of(stored.prefecture()))
                .add("account.address", mine.address(), stored.address())
                .list();
    }
}
