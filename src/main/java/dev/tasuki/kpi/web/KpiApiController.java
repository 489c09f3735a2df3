package dev.tasuki.kpi.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.kpi.Bottleneck;
import dev.tasuki.kpi.BottleneckReport;
import dev.tasuki.kpi.CostSettings;
import dev.tasuki.kpi.DealFigures;
import dev.tasuki.kpi.DealReport;
import dev.tasuki.kpi.Funnel;
import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.FunnelReport;
import dev.tasuki.kpi.Grouping;
import dev.tasuki.kpi.HandoffFigures;
import dev.tasuki.kpi.HandoffReport;
import dev.tasuki.kpi.KpiReadModels;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.RevenueFigures;
import dev.tasuki.kpi.RevenueReport;
import dev.tasuki.kpi.ReversePlan;
import dev.tasuki.kpi.ReversePlanner;
import dev.tasuki.kpi.Target;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.kpi.Targets;
import dev.tasuki.kpi.Window;

/**
 * The figures of METRICS.md as JSON. Windows are [from, to) in the organisation's time zone; ratios are unrounded
 * numbers between 0 and 1; null where METRICS.md leaves a figure undefined.
 */
@RestController
@RequestMapping("/api/v1/kpi")
@Tag(name = "KPI")
class KpiApiController {

    private final FunnelReport funnel;
    private final HandoffReport handoffs;
    private final DealReport deals;
    private final RevenueReport revenue;
    private final ReversePlanner planner;
    private final BottleneckReport bottleneck;
    private final Targets targets;
    private final KpiReadModels readModels;
    private final CostSettings costSettings;

    KpiApiController(
            FunnelReport funnel,
            HandoffReport handoffs,
            DealReport deals,
            RevenueReport revenue,
            ReversePlanner planner,
            BottleneckReport bottleneck,
            Targets targets,
            KpiReadModels readModels,
            CostSettings costSettings) {
        this.funnel = funnel;
        this.handoffs = handoffs;
        this.deals = deals;
        this.revenue = revenue;
        this.planner = planner;
        this.bottleneck = bottleneck;
        this.targets = targets;
        this.readModels = readModels;
        this.costSettings = costSettings;
    }

    @GetMapping("/funnel")
    @Operation(summary = "The funnel: leads reaching each stage, conversion to the next and median days to it")
    Funnel funnel(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "cohort (default) or period") @RequestParam(required = false) String basis,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) String segment,
            @Parameter(description = "source, campaign, owner or segment") @RequestParam(required = false)
                    String groupBy) {
        return funnel.funnel(
                new Window(from, to),
                FunnelBasis.parse(basis),
                new LeadFilter(source, campaign, owner, segment),
                Grouping.parse(groupBy));
    }

    @GetMapping("/handoffs")
    @Operation(
            summary = "Handoffs created in the window per kind: answers, acceptance, SLA, response time, reasons;"
                    + " speed to lead")
    HandoffFigures handoffs(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long campaign,
            @Parameter(description = "source, campaign or sender") @RequestParam(required = false) String groupBy) {
        return handoffs.handoffs(
                new Window(from, to), new LeadFilter(source, campaign, null, null), Grouping.parse(groupBy));
    }

    @GetMapping("/deals")
    @Operation(summary = "Win rate, average deal size and sales cycle of deals closed in the window; the open pipeline")
    DealFigures deals(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "source or campaign of the lead the deal came from")
                    @RequestParam(required = false)
                    String groupBy) {
        return deals.deals(new Window(from, to), LeadFilter.NONE, Grouping.parse(groupBy));
    }

    @GetMapping("/revenue")
    @Operation(summary = "MRR, movements, NRR, churn, ARPA, LTV, CAC and payback of the window")
    RevenueFigures revenue(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "source or campaign of the lead the account came from")
                    @RequestParam(required = false)
                    String groupBy) {
        return revenue.revenue(new Window(from, to), Grouping.parse(groupBy));
    }

    record PlanRequest(Long revenueTarget, LocalDate from, LocalDate to, Map<String, BigDecimal> rates) {}

    @PostMapping("/plans/reverse")
    @Operation(summary = "Reverse planning (逆算): what a new-revenue target needs at each stage and department")
    ReversePlan reverse(@RequestBody PlanRequest request) {
        return planner.plan(
                request.revenueTarget() == null ? 0 : request.revenueTarget(),
                new Window(request.from(), request.to()),
                request.rates());
    }

    @GetMapping("/bottleneck")
    @Operation(
            summary = "Plan against actual for each factor of revenue, the impact of each in yen, and the bottleneck")
    Bottleneck bottleneck(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return bottleneck.bottleneck(new Window(from, to));
    }

    @GetMapping("/targets")
    @Operation(summary = "Monthly targets of the months from..to (YYYY-MM, both included)")
    List<Target> targets(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return targets.between(from, to);
    }

    record TargetChange(BigDecimal value, Integer version) {}

    @PutMapping("/targets/{month}/{metric}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a month's target (version null to create; value null to remove)")
    void setTarget(
            @PathVariable YearMonth month,
            @PathVariable TargetMetric metric,
            @RequestBody TargetChange change,
            @AuthenticationPrincipal SignedInUser user) {
        targets.set(month, metric, change.value(), change.version(), user);
    }

    @GetMapping("/targets/derive")
    @Operation(
            summary = "The chain's other targets that one metric's value implies, with the trailing six months' rates")
    Map<TargetMetric, BigDecimal> derive(@RequestParam TargetMetric metric, @RequestParam BigDecimal value) {
        return targets.derive(metric, value);
    }

    @GetMapping("/settings/margin")
    @Operation(summary = "The gross margin LTV and CAC payback use")
    CostSettings.Margin margin() {
        return costSettings.margin();
    }

    record MarginChange(BigDecimal grossMargin, int version) {}

    @PutMapping("/settings/margin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the gross margin (executives and admins)")
    void setMargin(@RequestBody MarginChange change, @AuthenticationPrincipal SignedInUser user) {
        costSettings.setMargin(change.grossMargin(), change.version(), user);
    }

    @GetMapping("/settings/costs")
    @Operation(summary = "Sales and marketing costs other than campaigns', per month (YYYY-MM, both included)")
    List<CostSettings.MonthCost> costs(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return costSettings.costs(from, to);
    }

    record CostChange(long amount, Integer version) {}

    @PutMapping("/settings/costs/{month}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a month's other sales and marketing costs (version null to create)")
    void setCost(
            @PathVariable YearMonth month, @RequestBody CostChange change, @AuthenticationPrincipal SignedInUser user) {
        costSettings.setCost(month, change.amount(), change.version(), user);
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rebuild the KPI read models from history (admins)")
    void rebuild() {
        readModels.rebuild();
    }
}
