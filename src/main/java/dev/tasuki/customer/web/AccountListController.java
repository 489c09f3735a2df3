package dev.tasuki.customer.web;

import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import dev.tasuki.identity.UserDirectory;

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
    private final UserDirectory directory;

    AccountListController(
            Accounts accounts, Contacts contacts, Timeline timeline, Activities activities, UserDirectory directory) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.timeline = timeline;
        this.activities = activities;
        this.directory = directory;
    }

    @GetMapping(AccountFilter.PATH)
    String list(
            @RequestParam Map<String, String> query,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        AccountFilter filter = AccountFilter.of(query);
        model.addAttribute("filter", filter);
        model.addAttribute("result", accounts.search(filter.toSearch()));
        model.addAttribute("people", directory.byId());
        if (Htmx.wantsFragment(request, response)) {
            // The address bar gets the list's clean URL, without the form's empty fields: the one to share.
            response.setHeader("HX-Push-Url", filter.pageUrl(filter.toSearch().page()));
            return ROWS;
        }
        model.addAttribute("industries", Industry.values());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("employeeBands", EmployeeBand.values());
        model.addAttribute("owners", directory.people().owners());
        model.addAttribute("mayCreate", accounts.mayCreate(user));
        return LIST;
    }

    @GetMapping("/accounts/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("people", directory.byId());
        model.addAttribute(
                "contacts", contacts.search(ContactSearch.ofAccount(id)).items());
        model.addAttribute("entries", timeline.ofAccount(id, TIMELINE_LENGTH));
        model.addAttribute("mayEdit", accounts.mayEdit(account, user));
        model.addAttribute("mayCreateContact", contacts.mayCreate(user));
        model.addAttribute("mayLog", activities.mayLog(user));
        return DETAIL;
    }
}
