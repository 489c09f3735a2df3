package dev.tasuki.customer.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.Contact;
import dev.tasuki.customer.Contacts;
import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Htmx;

/** The contact list (search, account filter, sort, pages; htmx swaps only the results) and a contact's page. */
@Controller
class ContactListController {

    static final String LIST = "customer/contacts";
    static final String ROWS = "customer/partials/contact-rows :: results";
    static final String DETAIL = "customer/contact";

    private final Contacts contacts;
    private final Accounts accounts;
    private final Timeline timeline;
    private final RecordPages pages;

    ContactListController(Contacts contacts, Accounts accounts, Timeline timeline, RecordPages pages) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.timeline = timeline;
        this.pages = pages;
    }

    @GetMapping(ContactFilter.PATH)
    String list(
            @RequestParam Map<String, String> query,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Htmx htmx) {
        ContactFilter filter = ContactFilter.of(query);
        if (pages.rowsOnly(model, htmx, filter, contacts.search(filter.toSearch()))) {
            return ROWS;
        }
        model.addAttribute(
                "filterAccount",
                filter.accountId() == null
                        ? null
                        : accounts.find(filter.accountId()).orElse(null));
        model.addAttribute("mayCreate", contacts.mayCreate(user));
        return LIST;
    }

    @GetMapping("/contacts/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Contact contact = contacts.get(id);
        model.addAttribute("contact", contact);
        model.addAttribute("mayEdit", contacts.mayEdit(contact, user));
        pages.story(model, timeline.ofContact(id, Timeline.DEFAULT_LIMIT), user);
        return DETAIL;
    }
}
