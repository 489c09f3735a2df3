package dev.tasuki.kpi.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.kpi.PlanVsActual;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.kpi.TargetPlans;
import dev.tasuki.kpi.Targets;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.TasukiException;

/**
 * The targets page: six months of targets per department's metrics, each cell saved on its own with the version the
 * user saw (htmx swaps the cell; a refused save keeps what was typed), values derived from one metric through the
 * chain, and plan against actual. Everyone signed in reads; {@link Targets#maySet} decides who edits what.
 */
@Controller
class TargetsController {

    static final String PAGE = "kpi/targets";
    static final String CELL = "kpi/partials/target-cell :: cell";
    static final String DERIVED = "kpi/partials/derived :: derived";
    static final int MONTHS = 6;

    private final Targets targets;
    private final TargetPlans plans;
    private final PlanVsActual planVsActual;
    private final TargetInput input;
    private final KpiFormats formats;
    private final Messages messages;
    private final OrganisationClock clock;

    TargetsController(
            Targets targets,
            TargetPlans plans,
            PlanVsActual planVsActual,
            TargetInput input,
            KpiFormats formats,
            Messages messages,
            OrganisationClock clock) {
        this.targets = targets;
        this.plans = plans;
        this.planVsActual = planVsActual;
        this.input = input;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    /** The metrics of each department, in the chain's order. */
    static Map<Department, List<TargetMetric>> byDepartment() {
        Map<Department, List<TargetMetric>> rows = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            rows.put(
                    department,
                    Arrays.stream(TargetMetric.values())
                            .filter(m -> m.owner() == department)
                            .toList());
        }
        return rows;
    }

    @GetMapping("/targets")
    String page(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth start,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        YearMonth current = YearMonth.from(clock.today());
        YearMonth first = start != null ? start : current;
        model.addAttribute("start", first);
        model.addAttribute("months", planVsActual.months(first, first.plusMonths(MONTHS - 1), current));
        model.addAttribute("departments", byDepartment());
        model.addAttribute(
                "editable",
                Arrays.stream(TargetMetric.values())
                        .filter(m -> targets.maySet(user, m))
                        .toList());
        model.addAttribute(
                "chainMetrics",
                List.of(
                        TargetMetric.LEAD,
                        TargetMetric.MQL,
                        TargetMetric.SAL,
                        TargetMetric.SQL,
                        TargetMetric.OPPORTUNITY,
                        TargetMetric.WON,
                        TargetMetric.REVENUE));
        return PAGE;
    }

    @PostMapping("/targets/{month}/{metric}")
    String save(
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @PathVariable TargetMetric metric,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            Htmx htmx,
            RedirectAttributes redirect) {
        String failure = null;
        try {
            targets.set(month, metric, input.parse(metric, value), version, user);
        } catch (TasukiException refused) {
            failure = messages.of(refused);
        }
        // htmx swaps the cell; a plain form post (no script) gets the page again
        if (!htmx.wantsFragment()) {
            if (failure != null) {
                redirect.addFlashAttribute("alertText", failure);
            } else {
                redirect.addFlashAttribute("notice", "targets.saved");
            }
            return "redirect:/targets?start=" + month;
        }
        PlanVsActual.Cell now = current(month, metric);
        model.addAttribute("month", month);
        model.addAttribute("metric", metric);
        model.addAttribute("cell", now);
        model.addAttribute("mayEdit", targets.maySet(user, metric));
        // refused: the user's input stays in the box; the version becomes the current one, so saving again overwrites
        model.addAttribute("typed", failure != null ? value : formats.input(metric, now.target()));
        model.addAttribute("failure", failure);
        model.addAttribute("saved", failure == null);
        return CELL;
    }

    @GetMapping("/targets/derive")
    String derive(
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam TargetMetric metric,
            @RequestParam(required = false) String value,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        model.addAttribute("month", month);
        try {
            BigDecimal entered = input.parse(metric, value);
            Map<TargetMetric, BigDecimal> derived = entered == null ? Map.of() : targets.derive(metric, entered);
            List<DerivedTarget> rows = new ArrayList<>();
            derived.forEach(
                    (m, v) -> rows.add(new DerivedTarget(m, v, current(month, m).version(), targets.maySet(user, m))));
            model.addAttribute("derived", rows);
        } catch (TasukiException refused) {
            model.addAttribute("failure", messages.of(refused));
            model.addAttribute("derived", List.of());
        }
        return DERIVED;
    }

    record DerivedTarget(TargetMetric metric, BigDecimal value, Integer version, boolean mayEdit) {}

    @PostMapping("/targets/apply")
    String apply(
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        List<TargetPlans.Change> changes = new ArrayList<>();
        try {
            for (TargetMetric metric : TargetMetric.values()) {
                String value = form.get("value." + metric.name());
                if (value != null && targets.maySet(user, metric)) {
                    String version = form.get("version." + metric.name());
                    changes.add(new TargetPlans.Change(
                            month,
                            metric,
                            new BigDecimal(value),
                            version == null || version.isBlank() ? null : Integer.valueOf(version)));
                }
            }
            plans.apply(changes, user);
            redirect.addFlashAttribute("notice", "targets.applied");
        } catch (TasukiException refused) {
            redirect.addFlashAttribute("alertText", messages.of(refused));
        } catch (NumberFormatException notANumber) {
            redirect.addFlashAttribute("alert", "targets.notANumber");
        }
        return "redirect:/targets?start=" + month;
    }

    @GetMapping("/targets/plan-vs-actual.csv")
    ResponseEntity<byte[]> planVsActual(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth start) {
        YearMonth current = YearMonth.from(clock.today());
        YearMonth first = start != null ? start : current;
        CsvDownload csv = new CsvDownload()
                .row(
                        messages.of("targets.month"),
                        messages.of("kpiDash.department"),
                        messages.of("targets.metric"),
                        messages.of("targets.target"),
                        messages.of("targets.actual"),
                        messages.of("targets.ofTarget"));
        for (PlanVsActual.Month month : planVsActual.months(first, first.plusMonths(MONTHS - 1), current)) {
            for (PlanVsActual.Cell cell : month.cells().values()) {
                TargetMetric metric = cell.metric();
                csv.row(
                        month.month().toString(),
                        messages.of(metric.owner().messageKey()),
                        messages.of(metric.messageKey()),
                        csvValue(metric, cell.target()),
                        csvValue(metric, cell.actual()),
                        KpiFormats.percentNumber(cell.ofTarget()));
            }
        }
        return csv.as("plan-vs-actual-" + first + ".csv");
    }

    /** Counts and yen as plain numbers, ratios as percentages (the header says %). */
    static Object csvValue(TargetMetric metric, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return metric.isRatio()
                ? KpiFormats.percentNumber(value)
                : value.stripTrailingZeros().toPlainString();
    }

    private PlanVsActual.Cell current(YearMonth month, TargetMetric metric) {
        return targets.between(month, month).stream()
                .filter(t -> t.metric() == metric)
                .findFirst()
                .map(t -> new PlanVsActual.Cell(metric, t.value(), t.version(), null))
                .orElse(new PlanVsActual.Cell(metric, null, null, null));
    }
}
