package dev.tasuki.customer.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Activities;
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Page;

/** The account list (search, filters, sort, pages; htmx swaps only the results) and an account's page. */
@Controller
class AccountListController {

    static final String LIST = "customer/accounts";
    static final String ROWS = "customer/partials/account-rows :: results";
    static final String DETAIL = "customer/account";
    static final int TIMELINE_LENGTH = 50;

    private final Accounts accounts;
    private final Contacts contacts;
    private final Timeline timeline;
    private final Activities activities;
    private final People people;

    AccountListController(
            Accounts accounts, Contacts contacts, Timeline timeline, Activities activities, People people) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.timeline = timeline;
        this.activities = activities;
        this.people = people;
    }

    @GetMapping(AccountFilter.PATH)
    String list(
            @RequestParam Map<String, String> query,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Htmx htmx) {
        AccountFilter filter = AccountFilter.of(query);
        model.addAttribute("filter", filter);
        Page<Account> result = accounts.search(filter.toSearch());
        model.addAttribute("result", result);
        model.addAttribute("people", people.byId());
        if (htmx.wantsRows(filter, result)) {
            return ROWS;
        }
        model.addAttribute("industries", Industry.values());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("owners", people.owners());
        model.addAttribute("mayCreate", accounts.mayCreate(user));
        return LIST;
    }

    @GetMapping("/accounts/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("people", people.byId());
        model.addAttribute(
                "contacts", contacts.search(ContactSearch.ofAccount(id)).items());
        model.addAttribute("entries", timeline.ofAccount(id, TIMELINE_LENGTH));
        model.addAttribute("mayEdit", accounts.mayEdit(account, user));
        model.addAttribute("mayCreateContact", contacts.mayCreate(user));
        model.addAttribute("mayLog", activities.mayLog(user));
        return DETAIL;
    }
}
