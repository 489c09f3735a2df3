package dev.tasuki.success.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Htmx;
import dev.tasuki.success.CustomerHealth;
import dev.tasuki.success.CustomerList;
import dev.tasuki.success.Customers;
import dev.tasuki.success.HealthColour;

/**
 * The customers (accounts with MRR or a contract), filtered by owner and health and sorted by MRR or renewal day; and
 * the customers at risk, which the Customer Success manager's home page also loads as a fragment.
 */
@Controller
class CustomerListController {

    static final String LIST = "success/customers";
    static final String ROWS = "success/partials/customer-rows :: results";
    static final String AT_RISK = "success/at-risk";
    static final String AT_RISK_SECTION = "success/partials/at-risk :: section";

    private final Customers customers;
    private final CustomerHealth health;
    private final UserDirectory directory;

    CustomerListController(Customers customers, CustomerHealth health, UserDirectory directory) {
        this.customers = customers;
        this.health = health;
        this.directory = directory;
    }

    @GetMapping(CustomerFilter.PATH)
    String list(@ModelAttribute("filter") CustomerFilter filter, BindingResult unbound, Model model, Htmx htmx) {
        // A value that does not bind (an unknown colour in a shared link) drops the filter: unbound is not an error.
        CustomerFilter shown = filter != null ? filter : new CustomerFilter(null, null, null, null);
        model.addAttribute("filter", shown);
        CustomerList found = customers.page(shown.toQuery());
        model.addAttribute("result", found.page());
        model.addAttribute("totalMrr", found.totalMrr());
        model.addAttribute("people", directory.byId());
        if (htmx.wantsRows(shown, found.page())) {
            return ROWS;
        }
        model.addAttribute("owners", directory.people().owners());
        model.addAttribute("colours", HealthColour.values());
        return LIST;
    }

    @GetMapping("/customers/at-risk")
    String atRisk(Model model, Htmx htmx) {
        model.addAttribute("atRisk", health.atRisk());
        model.addAttribute("people", directory.byId());
        return htmx.view(AT_RISK_SECTION, AT_RISK);
    }
}
