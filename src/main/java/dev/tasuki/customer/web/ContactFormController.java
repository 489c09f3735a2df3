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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Contact;
import dev.tasuki.customer.ContactChange;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.customer.NewContact;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

/** Adding and editing contacts, and the account picker of their form. */
@Controller
@RequestMapping("/contacts")
class ContactFormController {

    static final String NEW = "customer/contact-new";
    static final String EDIT = "customer/contact-edit";
    static final String ACCOUNT_CHOICES = "customer/partials/account-choices :: choices";

    private final Contacts contacts;
    private final Accounts accounts;
    private final UserDirectory directory;
    private final Labels labels;

    ContactFormController(Contacts contacts, Accounts accounts, UserDirectory directory, Labels labels) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/new")
    String newContact(
            @RequestParam(required = false) Long accountId, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (!contacts.mayCreate(user)) {
            throw CustomerRuleBroken.readOnly();
        }
        NewContact empty = NewContact.forAccount(
                accountId == null ? null : accounts.get(accountId).id());
        Long owner = user.department().isPresent() ? user.id() : null;
        model.addAttribute("form", new NewContact(empty.accountId(), "", "", "", "", "", "", "", "", owner));
        return choices(model, user, owner, empty.accountId(), NEW);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewContact form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return RecordForms.save(
                        errors, model, () -> saved(redirect, "contact.created", contacts.create(form, user)), null)
                .orElseGet(() -> choices(model, user, form.ownerId(), form.accountId(), NEW));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Contact contact = contacts.get(id);
        RecordForms.checkEditable(contacts.mayEdit(contact, user), user);
        model.addAttribute("contact", contact);
        model.addAttribute("form", ContactChange.of(contact));
        return choices(model, user, contact.ownerId(), contact.accountId(), EDIT);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContactChange form,
            BindingResult errors,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        Contact current = contacts.get(id);
        model.addAttribute("contact", current);
        return RecordForms.save(
                        errors,
                        model,
                        () -> saved(redirect, "contact.saved", contacts.change(id, form, user)),
                        () -> differences(form, current))
                .orElseGet(() -> choices(model, user, current.ownerId(), form.accountId(), EDIT));
    }

    /** Accounts matching what the user typed into the account picker (htmx). */
    @GetMapping("/account-choices")
    String accountChoices(@RequestParam(defaultValue = "") String accountQuery, Model model) {
        model.addAttribute(
                "choices",
                accountQuery.isBlank()
                        ? List.of()
                        : accounts.search(new AccountSearch(accountQuery, null, null, null, null, null, 0, 10))
                                .items());
        model.addAttribute("searched", !accountQuery.isBlank());
        return ACCOUNT_CHOICES;
    }

    private static String saved(RedirectAttributes redirect, String notice, Contact contact) {
        return RecordForms.saved(redirect, notice, contact.displayName(), "/contacts/" + contact.id());
    }

    private String choices(Model model, SignedInUser user, Long currentOwner, Long accountId, String view) {
        model.addAttribute(
                "currentAccount",
                accountId == null ? null : accounts.find(accountId).orElse(null));
        model.addAttribute("ownerChoices", directory.ownerChoices(user, currentOwner));
        model.addAttribute("people", directory.byId());
        return view;
    }

    private List<StaleEdit> differences(ContactChange mine, Contact stored) {
        Map<Long, UserAccount> byId = directory.byId();
        return new StaleEdit.Differences()
                .add("contact.accountId", accountName(mine.accountId()), accountName(stored.accountId()))
                .add("contact.familyName", mine.familyName(), stored.name().familyName())
                .add("contact.givenName", mine.givenName(), stored.name().givenName())
                .add(
                        "contact.familyNameKana",
                        mine.familyNameKana(),
                        stored.nameKana().familyName())
                .add(
                        "contact.givenNameKana",
                        mine.givenNameKana(),
                        stored.nameKana().givenName())
                .add("contact.email", mine.email(), stored.email())
                .add("contact.phone", mine.phone(), stored.phone())
                .add("contact.title", mine.title(), stored.title())
                .add("contact.departmentName", mine.departmentName(), stored.departmentName())
                .add("contact.ownerId", labels.owner(mine.ownerId(), byId), labels.owner(stored.ownerId(), byId))
                .list();
    }

    private String accountName(Long accountId) {
        return accountId == null
                ? ""
                : accounts.find(accountId).map(Account::name).orElse(String.valueOf(accountId));
    }
}
