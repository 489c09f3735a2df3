package dev.tasuki.kpi.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import dev.tasuki.identity.Department;
import dev.tasuki.kpi.PlanVsActual;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * One dashboard per department, for everyone signed in (the relay works when each leg sees the others): its own
 * figures, the neighbours' it depends on, the reasons its handoffs were rejected, and its targets against actual.
 */
@Controller
class DepartmentDashboardController {

    static final String PAGE = "kpi/department";

    private final DepartmentFigures figures;
    private final PlanVsActual planVsActual;
    private final FilterOptions options;
    private final Messages messages;
    private final OrganisationClock clock;

    DepartmentDashboardController(
            DepartmentFigures figures,
            PlanVsActual planVsActual,
            FilterOptions options,
            Messages messages,
            OrganisationClock clock) {
        this.figures = figures;
        this.planVsActual = planVsActual;
        this.options = options;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard/{slug:[a-z-]+}")
    String page(
            @PathVariable String slug,
            @ModelAttribute("filter") DashboardFilter given,
            BindingResult unbound,
            Model model,
            Locale locale) {
        Department department = department(slug);
        DashboardFilter filter = given.orDefaults(clock.today());
        options.addTo(model, filter);
        model.addAttribute("department", department);
        model.addAttribute("slug", slug);
        model.addAttribute("view", figures.of(department, filter, locale));
        model.addAttribute("plan", plan(department, filter));
        return PAGE;
    }

    @GetMapping("/dashboard/{slug:[a-z-]+}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String slug, @ModelAttribute DashboardFilter given, BindingResult unbound, Locale locale) {
        Department department = department(slug);
        DashboardFilter filter = given.orDefaults(clock.today());
        DepartmentFigures.View view = figures.of(department, filter, locale);
        CsvDownload csv = new CsvDownload()
                .row(messages.of("kpiDash.section"), messages.of("kpiDash.figure"), messages.of("kpiDash.value"));
        for (Figure.Section section : view.sections()) {
            section.figures().forEach(f -> csv.row(section.title(), f.label(), f.csvValue()));
        }
        for (DepartmentFigures.Reasons reasons : view.reasons()) {
            reasons.counts().forEach(f -> csv.row(reasons.title(), f.label(), f.csvValue()));
        }
        for (PlanVsActual.Cell cell : plan(department, filter)) {
            TargetMetric metric = cell.metric();
            String label = messages.of(metric.messageKey());
            csv.row(messages.of("targets.target"), label, TargetsController.csvValue(metric, cell.target()));
            csv.row(messages.of("targets.actual"), label, TargetsController.csvValue(metric, cell.actual()));
        }
        return csv.as(slug + "-" + filter.from() + "-" + filter.to() + ".csv");
    }

    /** The department's own metrics, plan against actual; only their actuals are computed. */
    private List<PlanVsActual.Cell> plan(Department department, DashboardFilter filter) {
        Set<TargetMetric> own = EnumSet.noneOf(TargetMetric.class);
        Arrays.stream(TargetMetric.values())
                .filter(metric -> metric.owner() == department)
                .forEach(own::add);
        return planVsActual.window(filter.window(), own).values().stream()
                .filter(cell -> own.contains(cell.metric()))
                .toList();
    }

    private static Department department(String slug) {
        return DepartmentPage.parse(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
