package dev.tasuki.kpi.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dev.tasuki.customer.Segment;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.kpi.Grouping;
import dev.tasuki.platform.Messages;
import dev.tasuki.relay.Campaign;
import dev.tasuki.relay.Campaigns;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.ReasonCode;

/**
 * What the dashboards' filter bar offers (sources, campaigns, owners, segments), and the names a breakdown key stands
 * for: a campaign's or a user's id becomes its name, a source or segment its label.
 */
@Component
class FilterOptions {

    private final Campaigns campaigns;
    private final UserDirectory directory;
    private final Handoffs handoffs;
    private final Messages messages;

    FilterOptions(Campaigns campaigns, UserDirectory directory, Handoffs handoffs, Messages messages) {
        this.campaigns = campaigns;
        this.directory = directory;
        this.handoffs = handoffs;
        this.messages = messages;
    }

    /** The filters as given (defaults filled in), the choices, and the query that keeps them on links. */
    void addTo(Model model, DashboardFilter filter) {
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.query());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("segments", Segment.values());
        model.addAttribute(
                "campaigns",
                campaigns.all().stream()
                        .sorted(Comparator.comparing(Campaign::name))
                        .toList());
        model.addAttribute(
                "owners", directory.all().stream().filter(UserAccount::active).toList());
        model.addAttribute("departmentPages", DepartmentPage.slugs());
    }

    /** The label of each breakdown key of a grouping; "none" for the group of those without a value. */
    Function<String, String> labels(Grouping grouping) {
        Map<String, String> names = switch (grouping) {
            case CAMPAIGN ->
                campaigns.all().stream().collect(Collectors.toMap(c -> String.valueOf(c.id()), Campaign::name));
            case OWNER, SENDER ->
                directory.all().stream()
                        .collect(Collectors.toMap(
                                u -> String.valueOf(u.id()), u -> u.name().display()));
            case SOURCE ->
                List.of(LeadSource.values()).stream()
                        .collect(Collectors.toMap(Enum::name, s -> messages.of(s.messageKey())));
            case SEGMENT ->
                List.of(Segment.values()).stream()
                        .collect(Collectors.toMap(Enum::name, s -> messages.of(s.messageKey())));
        };
        return key -> key == null ? messages.of("kpiDash.noValue") : names.getOrDefault(key, key);
    }

    /** The label of each rejection reason code in the reader's language (the code itself for one since removed). */
    Function<String, String> reasonLabels(Locale locale) {
        Map<String, String> labels =
                handoffs.reasonCodes().stream().collect(Collectors.toMap(ReasonCode::code, code -> code.label(locale)));
        return code -> labels.getOrDefault(code, code);
    }
}
