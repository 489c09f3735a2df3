package dev.tasuki.success.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.tasuki.identity.UserDirectory;
import dev.tasuki.success.CustomerHealth;
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
    String list(
            @ModelAttribute("filter") CustomerFilter filter,
            BindingResult unbound,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        // A value that does not bind (an unknown colour in a shared link) drops the filter: unbound is not an error.
        CustomerFilter shown = filter != null ? filter : new CustomerFilter(null, null, null, null);
        model.addAttribute("filter", shown);
        model.addAttribute("result", customers.page(shown.toQuery()));
        model.addAttribute("people", directory.byId());
        if (Htmx.wantsFragment(request, response)) {
            return ROWS;
        }
        model.addAttribute("owners", directory.people().owners());
        model.addAttribute("colours", HealthColour.values());
        return LIST;
    }

    @GetMapping("/customers/at-risk")
    String atRisk(Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("atRisk", health.atRisk());
        model.addAttribute("people", directory.byId());
        return Htmx.wantsFragment(request, response) ? AT_RISK_SECTION : AT_RISK;
    }
}
