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
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Htmx;

/** The account list (search, filters, sort, pages; htmx swaps only the results) and an account's page. */
@Controller
class AccountListController {

    static final String LIST = "customer/accounts";
    static final String ROWS = "customer/partials/account-rows :: results";
    static final String DETAIL = "customer/account";

    private final Accounts accounts;
    private final Contacts contacts;
    private final Timeline timeline;
    private final RecordPages pages;

    AccountListController(Accounts accounts, Contacts contacts, Timeline timeline, RecordPages pages) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.timeline = timeline;
        this.pages = pages;
    }

    @GetMapping(AccountFilter.PATH)
    String list(
            @RequestParam Map<String, String> query,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Htmx htmx) {
        AccountFilter filter = AccountFilter.of(query);
        if (pages.rowsOnly(model, htmx, filter, accounts.search(filter.toSearch()))) {
            return ROWS;
        }
        model.addAttribute("industries", Industry.values());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("mayCreate", accounts.mayCreate(user));
        return LIST;
    }

    @GetMapping("/accounts/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute(
                "contacts", contacts.search(ContactSearch.ofAccount(id)).items());
        model.addAttribute("mayEdit", accounts.mayEdit(account, user));
        model.addAttribute("mayCreateContact", contacts.mayCreate(user));
        pages.story(model, timeline.ofAccount(id, Timeline.DEFAULT_LIMIT), user);
        return DETAIL;
    }
}
