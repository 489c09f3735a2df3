package dev.tasuki.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.HandoffFigures;
import dev.tasuki.kpi.HandoffReport;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * Handoff quality: for the handoffs sent in the window, how each kind was answered (acceptance, SLA, rejection reasons)
 * by lead source, campaign or sender, and in total: the numbers that end the blame game between departments.
 */
@Controller
class HandoffQualityController {

    static final String PAGE = "kpi/handoffs";
    static final List<Grouping> GROUPINGS = List.of(Grouping.SOURCE, Grouping.CAMPAIGN, Grouping.SENDER);

    /** One group's answers of one handoff kind, its reasons labelled. */
    record Line(String group, HandoffFigures.Kind figures, String reasons) {}

    private final HandoffReport handoffs;
    private final FilterOptions options;
    private final Messages messages;
    private final OrganisationClock clock;

    HandoffQualityController(
            HandoffReport handoffs, FilterOptions options, Messages messages, OrganisationClock clock) {
        this.handoffs = handoffs;
        this.options = options;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/handoffs")
    String page(
            @ModelAttribute("filter") DashboardFilter given,
            BindingResult unbound,
            @RequestParam(defaultValue = "source") String by,
            Model model,
            Locale locale) {
        DashboardFilter filter = given.orDefaults(clock.today());
        options.addTo(model, filter);
        Grouping grouping = grouping(by);
        model.addAttribute("by", grouping);
        model.addAttribute("groupings", GROUPINGS);
        model.addAttribute("lines", lines(filter, grouping, locale));
        return PAGE;
    }

    @GetMapping("/dashboard/handoffs.csv")
    ResponseEntity<byte[]> csv(
            @ModelAttribute DashboardFilter given,
            BindingResult unbound,
            @RequestParam(defaultValue = "source") String by,
            Locale locale) {
        DashboardFilter filter = given.orDefaults(clock.today());
        Grouping grouping = grouping(by);
        CsvDownload csv = new CsvDownload()
                .row(
                        messages.of("handoffQuality.by." + grouping.json()),
                        messages.of("handoffQuality.kind"),
                        messages.of("kpiDash.handoffsSent"),
                        messages.of("kpiDash.handoffsAccepted"),
                        messages.of("kpiDash.handoffsRejected"),
                        messages.of("kpiDash.handoffsPending"),
                        messages.of("kpiDash.acceptanceRate"),
                        messages.of("kpiDash.slaMet"),
                        messages.of("handoffQuality.reasons"));
        for (Line line : lines(filter, grouping, locale)) {
            HandoffFigures.Kind k = line.figures();
            csv.row(
                    line.group(),
                    messages.of(k.kind().messageKey()),
                    k.created(),
                    k.accepted(),
                    k.rejected(),
                    k.pending(),
                    KpiFormats.percentNumber(k.acceptanceRate()),
                    KpiFormats.percentNumber(k.slaMetRate()),
                    line.reasons());
        }
        return csv.as("handoffs-by-" + grouping.json() + "-" + filter.from() + "-" + filter.to() + ".csv");
    }

    /** Only the three breakdowns the handoff figures support; anything else in a link falls back to source. */
    private static Grouping grouping(String by) {
        return GROUPINGS.stream().filter(g -> g.json().equals(by)).findFirst().orElse(Grouping.SOURCE);
    }

    /** The groups' lines, then the total's; kinds nobody sent in the window are left out. */
    private List<Line> lines(DashboardFilter filter, Grouping grouping, Locale locale) {
        LeadFilter leads = new LeadFilter(filter.leads().source(), filter.campaign(), null, null);
        HandoffFigures figures = handoffs.handoffs(filter.window(), leads, grouping);
        Function<String, String> labels = options.labels(grouping);
        Function<String, String> reasons = options.reasonLabels(locale);
        List<Line> lines = new ArrayList<>();
        for (HandoffFigures.Group group : figures.groups()) {
            group.kinds().stream()
                    .filter(k -> k.created() > 0)
                    .forEach(k -> lines.add(new Line(labels.apply(group.key()), k, reasons(k, reasons))));
        }
        String total = messages.of("handoffQuality.total");
        figures.kinds().stream()
                .filter(k -> k.created() > 0)
                .forEach(k -> lines.add(new Line(total, k, reasons(k, reasons))));
        return lines;
    }

    private static String reasons(HandoffFigures.Kind kind, Function<String, String> labels) {
        return String.join(
                "、",
                kind.rejectionReasons().stream()
                        .map(r -> labels.apply(r.reasonCode()) + " " + r.count())
                        .toList());
    }
}
