package dev.tasuki.exchange.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.exchange.internal.CsvSheet;
import dev.tasuki.exchange.internal.Exports;
import dev.tasuki.exchange.internal.Sheet;
import dev.tasuki.exchange.internal.XlsxSheet;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.LeadQuery;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.success.CustomerQuery;
import dev.tasuki.success.HealthColour;

/**
 * Each list as CSV (UTF-8 with BOM, for Excel in Japan) or Excel: {@code /exports/leads.csv}, {@code .xlsx}, with the
 * list page's own filter parameters, so the export is what the user is looking at. A value that does not parse drops
 * its filter, as on the list pages.
 */
@Controller
class ExportController {

    private final Exports exports;
    private final OrganisationClock clock;

    ExportController(Exports exports, OrganisationClock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/exports/leads.{type}")
    void leads(
            @PathVariable String type,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LifecycleStage stage,
            @RequestParam(required = false) LeadSource source,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long owner,
            @RequestParam(defaultValue = "createdAt") String sort,
            @RequestParam(defaultValue = "true") boolean desc,
            HttpServletResponse response)
            throws IOException {
        send(
                "leads",
                type,
                response,
                sheet -> exports.leads(new LeadQuery(q, stage, source, campaign, owner, sort, desc, 0, 0), sheet));
    }

    @GetMapping("/exports/accounts.{type}")
    void accounts(@PathVariable String type, @RequestParam Map<String, String> query, HttpServletResponse response)
            throws IOException {
        AccountSearch filter = new AccountSearch(
                query.get("q"),
                Filters.enumOf(Industry.class, query.get("industry")),
                Filters.enumOf(Segment.class, query.get("segment")),
                Filters.enumOf(EmployeeBand.class, query.get("employeeBand")),
                Filters.number(query.get("owner")),
                query.get("sort"),
                0,
                0);
        send("accounts", type, response, sheet -> exports.accounts(filter, sheet));
    }

    @GetMapping("/exports/contacts.{type}")
    void contacts(@PathVariable String type, @RequestParam Map<String, String> query, HttpServletResponse response)
            throws IOException {
        ContactSearch filter = new ContactSearch(
                query.get("q"),
                Filters.number(query.get("accountId")),
                Filters.number(query.get("owner")),
                query.get("sort"),
                0,
                0);
        send("contacts", type, response, sheet -> exports.contacts(filter, sheet));
    }

    @GetMapping("/exports/deals.{type}")
    void deals(@PathVariable String type, @RequestParam Map<String, String> query, HttpServletResponse response)
            throws IOException {
        String stage = query.get("stage");
        send(
                "deals",
                type,
                response,
                sheet -> exports.deals(
                        Filters.enumOf(DealStatus.class, query.get("status")),
                        stage == null || stage.isBlank() ? null : stage,
                        Filters.number(query.get("owner")),
                        Filters.enumOf(DealType.class, query.get("type")),
                        sheet));
    }

    @GetMapping("/exports/customers.{type}")
    void customers(@PathVariable String type, @RequestParam Map<String, String> query, HttpServletResponse response)
            throws IOException {
        CustomerQuery filter = new CustomerQuery(
                Filters.number(query.get("owner")),
                Filters.enumOf(HealthColour.class, query.get("health")),
                query.get("sort"),
                0,
                0);
        send("mrr", type, response, sheet -> exports.customers(filter, sheet));
    }

    /** A member's own department's queue; others choose one, as on the queue page. */
    @GetMapping("/exports/handoffs.{type}")
    void handoffs(
            @PathVariable String type,
            @RequestParam(required = false) String department,
            @AuthenticationPrincipal SignedInUser user,
            HttpServletResponse response)
            throws IOException {
        Department chosen = Filters.enumOf(Department.class, department);
        Department shown = user.department().orElse(chosen == null ? Department.INSIDE_SALES : chosen);
        send("handoffs", type, response, sheet -> exports.handoffs(shown, sheet));
    }

    private void send(String list, String type, HttpServletResponse response, Consumer<Sheet> rows) throws IOException {
        boolean excel = "xlsx".equals(type);
        if (!excel && !"csv".equals(type)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fileName = list + "-" + clock.today() + "." + type;
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setContentType(
                excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try (Sheet sheet = excel ? new XlsxSheet(out, list) : new CsvSheet(out)) {
            rows.accept(sheet);
        }
    }
}
