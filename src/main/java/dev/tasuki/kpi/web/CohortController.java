package dev.tasuki.kpi.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.FunnelReport;
import dev.tasuki.kpi.FunnelStage;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.LifecycleStage;

/**
 * The cohort table: the leads created in each month of the window (rows), how many reached each stage so far and what
 * share of the cohort that is, and the median days each step took them (the funnel on the cohort basis, per month).
 */
@Controller
class CohortController {

    static final String PAGE = "kpi/cohorts";

    /** One month's cohort: its funnel, stages in funnel order. */
    record Cohort(YearMonth month, List<FunnelStage> stages) {

        /** count(stage) / count(LEAD); null for an empty cohort. */
        public Double share(FunnelStage stage) {
            long leads = stages.get(0).count();
            return leads == 0 ? null : (double) stage.count() / leads;
        }
    }

    private final FunnelReport funnel;
    private final FilterOptions options;
    private final Messages messages;
    private final OrganisationClock clock;

    CohortController(FunnelReport funnel, FilterOptions options, Messages messages, OrganisationClock clock) {
        this.funnel = funnel;
        this.options = options;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/cohorts")
    String page(@ModelAttribute("filter") DashboardFilter given, BindingResult unbound, Model model) {
        DashboardFilter filter = given.orDefaults(clock.today());
        options.addTo(model, filter);
        model.addAttribute("stages", LifecycleStage.funnelStages());
        model.addAttribute("cohorts", cohorts(filter));
        return PAGE;
    }

    @GetMapping("/dashboard/cohorts.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute DashboardFilter given, BindingResult unbound) {
        DashboardFilter filter = given.orDefaults(clock.today());
        List<Object> header = new ArrayList<>(List.of(messages.of("cohorts.month")));
        List<LifecycleStage> stages = LifecycleStage.funnelStages();
        stages.forEach(s -> header.add(messages.of(s.messageKey())));
        stages.forEach(s -> header.add(messages.of("cohorts.share", messages.of(s.messageKey()))));
        stages.subList(0, stages.size() - 1)
                .forEach(s -> header.add(messages.of("cohorts.days", messages.of(s.messageKey()))));
        CsvDownload csv = new CsvDownload().row(header);
        for (Cohort cohort : cohorts(filter)) {
            List<Object> row = new ArrayList<>(List.of(cohort.month().toString()));
            cohort.stages().forEach(s -> row.add(s.count()));
            cohort.stages().forEach(s -> row.add(KpiFormats.percentNumber(cohort.share(s))));
            cohort.stages().subList(0, stages.size() - 1).forEach(s -> row.add(s.medianDaysToNext()));
            csv.row(row);
        }
        return csv.as("cohorts-" + filter.from() + "-" + filter.to() + ".csv");
    }

    private List<Cohort> cohorts(DashboardFilter filter) {
        return filter.months().stream()
                .map(month -> new Cohort(
                        month,
                        funnel.funnel(filter.windowOf(month), FunnelBasis.COHORT, filter.leads(), null)
                                .stages()))
                .toList();
    }
}
