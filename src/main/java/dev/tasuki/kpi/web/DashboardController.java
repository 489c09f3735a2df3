package dev.tasuki.kpi.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.tasuki.kpi.Bottleneck;
import dev.tasuki.kpi.BottleneckReport;
import dev.tasuki.kpi.Funnel;
import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.FunnelReport;
import dev.tasuki.kpi.FunnelStage;
import dev.tasuki.kpi.KpiRuleBroken;
import dev.tasuki.kpi.PlanVsActual;
import dev.tasuki.kpi.RevenueFigures;
import dev.tasuki.kpi.RevenueReport;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * The company dashboard, for everyone signed in: new revenue against its target by month, the funnel of the leads
 * created in the window (cohort basis, filtered), the KPI chain's plan against actual, the bottleneck, and the shared
 * goals (LTV, NRR, logo churn, NPS). The funnel follows every filter; targets are company-wide, so revenue by month,
 * the chain and the bottleneck follow the window only. Each chart's numbers are in a table and a CSV.
 */
@Controller
class DashboardController {

    static final String PAGE = "kpi/dashboard";

    private final FunnelReport funnel;
    private final RevenueReport revenue;
    private final BottleneckReport bottleneck;
    private final PlanVsActual planVsActual;
    private final FilterOptions options;
    private final KpiChart chart;
    private final Messages messages;
    private final OrganisationClock clock;

    DashboardController(
            FunnelReport funnel,
            RevenueReport revenue,
            BottleneckReport bottleneck,
            PlanVsActual planVsActual,
            FilterOptions options,
            KpiChart chart,
            Messages messages,
            OrganisationClock clock) {
        this.funnel = funnel;
        this.revenue = revenue;
        this.bottleneck = bottleneck;
        this.planVsActual = planVsActual;
        this.options = options;
        this.chart = chart;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@ModelAttribute("filter") DashboardFilter given, BindingResult unbound, Model model, Locale locale) {
        // A value that does not bind (an unknown source in a shared link) drops that filter: unbound is not an error.
        DashboardFilter filter = given.orDefaults(clock.today());
        options.addTo(model, filter);
        Funnel leads = funnel.funnel(filter.window(), FunnelBasis.COHORT, filter.leads(), null);
        model.addAttribute("funnel", leads);
        model.addAttribute(
                "funnelChart",
                chart.bars(
                        locale,
                        false,
                        leads.stages().stream()
                                .map(s -> messages.of(s.stage().messageKey()))
                                .toList(),
                        new KpiChart.Series(
                                messages.of("kpiDash.leadsReached"),
                                leads.stages().stream().map(FunnelStage::count).toList()),
                        null));
        List<PlanVsActual.Month> months = revenueMonths(filter);
        model.addAttribute("months", months);
        model.addAttribute("revenueMetric", TargetMetric.REVENUE);
        model.addAttribute(
                "revenueChart",
                chart.bars(
                        locale,
                        true,
                        months.stream().map(m -> m.month().toString()).toList(),
                        new KpiChart.Series(
                                messages.of("kpiDash.revenueActual"), column(months, PlanVsActual.Cell::actual)),
                        new KpiChart.Series(
                                messages.of("kpiDash.revenueTarget"), column(months, PlanVsActual.Cell::target))));
        RevenueFigures goals = revenue.revenue(filter.window(), null);
        model.addAttribute("revenue", goals);
        model.addAttribute("chain", planVsActual.window(filter.window(), goals));
        model.addAttribute("departments", TargetsController.byDepartment());
        try {
            Bottleneck found = bottleneck.bottleneck(filter.window());
            model.addAttribute("bottleneck", found);
        } catch (KpiRuleBroken noPlan) {
            model.addAttribute("noPlan", messages.of(noPlan));
        }
        return PAGE;
    }

    @GetMapping("/dashboard/funnel.csv")
    ResponseEntity<byte[]> funnelCsv(@ModelAttribute DashboardFilter given, BindingResult unbound) {
        DashboardFilter filter = given.orDefaults(clock.today());
        Funnel leads = funnel.funnel(filter.window(), FunnelBasis.COHORT, filter.leads(), null);
        CsvDownload csv = new CsvDownload()
                .row(
                        messages.of("kpiDash.stage"),
                        messages.of("kpiDash.count"),
                        messages.of("kpiDash.conversionToNext"),
                        messages.of("kpiDash.medianDaysToNext"));
        leads.stages()
                .forEach(s -> csv.row(
                        messages.of(s.stage().messageKey()),
                        s.count(),
                        KpiFormats.percentNumber(s.conversionToNext()),
                        s.medianDaysToNext()));
        return csv.as("funnel-" + filter.from() + "-" + filter.to() + ".csv");
    }

    @GetMapping("/dashboard/revenue.csv")
    ResponseEntity<byte[]> revenueCsv(@ModelAttribute DashboardFilter given, BindingResult unbound) {
        DashboardFilter filter = given.orDefaults(clock.today());
        CsvDownload csv = new CsvDownload()
                .row(
                        messages.of("targets.month"),
                        messages.of("kpiDash.revenueTarget"),
                        messages.of("kpiDash.revenueActual"),
                        messages.of("targets.ofTarget"));
        for (PlanVsActual.Month month : revenueMonths(filter)) {
            PlanVsActual.Cell cell = month.cells().get(TargetMetric.REVENUE);
            csv.row(month.month().toString(), cell.target(), cell.actual(), KpiFormats.percentNumber(cell.ofTarget()));
        }
        return csv.as("revenue-" + filter.from() + "-" + filter.to() + ".csv");
    }

    @GetMapping("/dashboard/chain.csv")
    ResponseEntity<byte[]> chainCsv(@ModelAttribute DashboardFilter given, BindingResult unbound) {
        DashboardFilter filter = given.orDefaults(clock.today());
        CsvDownload csv = new CsvDownload()
                .row(
                        messages.of("kpiDash.department"),
                        messages.of("targets.metric"),
                        messages.of("targets.target"),
                        messages.of("targets.actual"),
                        messages.of("targets.ofTarget"));
        for (PlanVsActual.Cell cell : planVsActual.window(filter.window()).values()) {
            TargetMetric metric = cell.metric();
            csv.row(
                    messages.of(metric.owner().messageKey()),
                    messages.of(metric.messageKey()),
                    TargetsController.csvValue(metric, cell.target()),
                    TargetsController.csvValue(metric, cell.actual()),
                    KpiFormats.percentNumber(cell.ofTarget()));
        }
        return csv.as("kpi-chain-" + filter.from() + "-" + filter.to() + ".csv");
    }

    private List<PlanVsActual.Month> revenueMonths(DashboardFilter filter) {
        List<YearMonth> months = filter.months();
        return planVsActual.months(
                months.get(0),
                months.get(months.size() - 1),
                YearMonth.from(clock.today()),
                EnumSet.of(TargetMetric.REVENUE));
    }

    private static List<BigDecimal> column(
            List<PlanVsActual.Month> months, java.util.function.Function<PlanVsActual.Cell, BigDecimal> value) {
        return months.stream()
                .map(m -> value.apply(m.cells().get(TargetMetric.REVENUE)))
                .toList();
    }
}
