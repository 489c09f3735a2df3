package dev.tasuki.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.Department;
import dev.tasuki.kpi.DealFigures;
import dev.tasuki.kpi.DealReport;
import dev.tasuki.kpi.Funnel;
import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.FunnelReport;
import dev.tasuki.kpi.HandoffFigures;
import dev.tasuki.kpi.HandoffReport;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.RevenueFigures;
import dev.tasuki.kpi.RevenueReport;
import dev.tasuki.kpi.web.Figure.Unit;
import dev.tasuki.platform.Messages;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;

/**
 * What each department's dashboard shows: its own figures and those of the neighbours it depends on (前部門のゴールが 次部門の母数).
 * Funnel counts are of the leads created in the window (cohort basis); handoffs of those sent in it; deals of those
 * closed in it; revenue of its MRR movements (company-wide: movements are not filtered by lead).
 */
@Component
class DepartmentFigures {

    /** A handoff kind's rejection reasons, labelled in the reader's language. */
    record Reasons(String title, List<Figure> counts) {}

    record View(List<Figure.Section> sections, List<Reasons> reasons) {}

    private final FunnelReport funnel;
    private final HandoffReport handoffs;
    private final DealReport deals;
    private final RevenueReport revenue;
    private final FilterOptions options;
    private final Messages messages;

    DepartmentFigures(
            FunnelReport funnel,
            HandoffReport handoffs,
            DealReport deals,
            RevenueReport revenue,
            FilterOptions options,
            Messages messages) {
        this.funnel = funnel;
        this.handoffs = handoffs;
        this.deals = deals;
        this.revenue = revenue;
        this.options = options;
        this.messages = messages;
    }

    View of(Department department, DashboardFilter filter, Locale locale) {
        LeadFilter leads = filter.leads();
        Funnel cohort = funnel.funnel(filter.window(), FunnelBasis.COHORT, leads, null);
        HandoffFigures sent =
                handoffs.handoffs(filter.window(), new LeadFilter(leads.source(), leads.campaign(), null, null), null);
        String own = messages.of("kpiDash.own", messages.of(department.messageKey()));
        return switch (department) {
            case MARKETING ->
                new View(
                        List.of(
                                new Figure.Section(
                                        own,
                                        List.of(
                                                stage(cohort, LifecycleStage.LEAD),
                                                stage(cohort, LifecycleStage.MQL),
                                                conversion(cohort, LifecycleStage.LEAD))),
                                handoffSection(Department.INSIDE_SALES, kind(sent, HandoffKind.MKT_IS))),
                        List.of(reasons(kind(sent, HandoffKind.MKT_IS), locale)));
            case INSIDE_SALES ->
                new View(
                        List.of(
                                new Figure.Section(
                                        from(Department.MARKETING),
                                        List.of(
                                                stage(cohort, LifecycleStage.MQL),
                                                figure(
                                                        "kpiDash.handoffsSent",
                                                        Unit.COUNT,
                                                        kind(sent, HandoffKind.MKT_IS)
                                                                .created()))),
                                new Figure.Section(
                                        own,
                                        List.of(
                                                stage(cohort, LifecycleStage.SAL),
                                                stage(cohort, LifecycleStage.SQL),
                                                conversion(cohort, LifecycleStage.SAL),
                                                figure("kpiDash.speedToLead", Unit.MINUTES, sent.speedToLeadMinutes()),
                                                figure(
                                                        "kpiDash.slaMet",
                                                        Unit.PERCENT,
                                                        kind(sent, HandoffKind.MKT_IS)
                                                                .slaMetRate()),
                                                figure(
                                                        "kpiDash.responseHours",
                                                        Unit.HOURS,
                                                        kind(sent, HandoffKind.MKT_IS)
                                                                .medianResponseHours()))),
                                handoffSection(Department.FIELD_SALES, kind(sent, HandoffKind.IS_FS))),
                        List.of(
                                reasons(kind(sent, HandoffKind.MKT_IS), locale),
                                reasons(kind(sent, HandoffKind.IS_FS), locale)));
            case FIELD_SALES -> fieldSales(filter, cohort, sent, own, locale);
            case CUSTOMER_SUCCESS -> customerSuccess(filter, sent, own, locale);
        };
    }

    private View fieldSales(DashboardFilter filter, Funnel cohort, HandoffFigures sent, String own, Locale locale) {
        DealFigures closed = deals.deals(filter.window(), filter.leads(), null);
        HandoffFigures.Kind toFieldSales = kind(sent, HandoffKind.IS_FS);
        return new View(
                List.of(
                        new Figure.Section(
                                from(Department.INSIDE_SALES),
                                List.of(
                                        figure("kpiDash.handoffsAccepted", Unit.COUNT, toFieldSales.accepted()),
                                        stage(cohort, LifecycleStage.OPPORTUNITY))),
                        new Figure.Section(
                                own,
                                List.of(
                                        figure("kpiDash.won", Unit.COUNT, closed.won()),
                                        figure("kpiDash.lost", Unit.COUNT, closed.lost()),
                                        figure("kpi.rate.winRate", Unit.PERCENT, closed.winRate()),
                                        figure("kpi.rate.averageDealSize", Unit.YEN, closed.averageDealSize()),
                                        figure("kpiDash.wonAmount", Unit.YEN, closed.wonAmount()),
                                        figure("kpiDash.salesCycleDays", Unit.DAYS, closed.salesCycleDays()),
                                        figure("kpiDash.pipelineValue", Unit.YEN, closed.pipelineValue()),
                                        figure("kpiDash.weightedPipeline", Unit.YEN, closed.weightedPipeline()))),
                        handoffSection(Department.CUSTOMER_SUCCESS, kind(sent, HandoffKind.FS_CS))),
                List.of(
                        reasons(toFieldSales, locale),
                        reasons(kind(sent, HandoffKind.FS_CS), locale),
                        reasons(kind(sent, HandoffKind.CS_FS), locale)));
    }

    private View customerSuccess(DashboardFilter filter, HandoffFigures sent, String own, Locale locale) {
        RevenueFigures mrr = revenue.revenue(filter.window(), null);
        HandoffFigures.Kind onboarding = kind(sent, HandoffKind.FS_CS);
        return new View(
                List.of(
                        new Figure.Section(
                                from(Department.FIELD_SALES),
                                List.of(
                                        figure("kpiDash.newCustomers", Unit.COUNT, mrr.newCustomers()),
                                        figure("kpiDash.handoffsSent", Unit.COUNT, onboarding.created()),
                                        figure("kpiDash.handoffsAccepted", Unit.COUNT, onboarding.accepted()))),
                        new Figure.Section(
                                own,
                                List.of(
                                        figure("kpi.metric.NRR", Unit.PERCENT, mrr.nrr()),
                                        figure("kpi.metric.LOGO_CHURN", Unit.PERCENT, mrr.logoChurn()),
                                        figure("kpiDash.grossRevenueChurn", Unit.PERCENT, mrr.grossRevenueChurn()),
                                        figure("kpiDash.mrrStart", Unit.YEN, mrr.mrrStart()),
                                        figure("kpiDash.newMrr", Unit.YEN, mrr.newMrr()),
                                        figure("kpiDash.expansionMrr", Unit.YEN, mrr.expansionMrr()),
                                        figure("kpiDash.contractionMrr", Unit.YEN, mrr.contractionMrr()),
                                        figure("kpiDash.churnedMrr", Unit.YEN, mrr.churnedMrr()),
                                        figure("kpiDash.reactivationMrr", Unit.YEN, mrr.reactivationMrr()),
                                        figure("kpiDash.mrrEnd", Unit.YEN, mrr.mrrEnd()),
                                        figure("kpiDash.arpa", Unit.YEN, mrr.arpa()),
                                        figure("kpiDash.ltv", Unit.YEN, mrr.ltv()))),
                        handoffSection(Department.FIELD_SALES, kind(sent, HandoffKind.CS_FS))),
                List.of(reasons(onboarding, locale), reasons(kind(sent, HandoffKind.CS_FS), locale)));
    }

    /** How the receiving department answered this department's handoffs. */
    private Figure.Section handoffSection(Department receiver, HandoffFigures.Kind kind) {
        return new Figure.Section(
                messages.of(
                        "kpiDash.answeredBy",
                        messages.of(receiver.messageKey()),
                        messages.of(kind.kind().messageKey())),
                List.of(
                        figure("kpiDash.handoffsSent", Unit.COUNT, kind.created()),
                        figure("kpiDash.handoffsAccepted", Unit.COUNT, kind.accepted()),
                        figure("kpiDash.handoffsRejected", Unit.COUNT, kind.rejected()),
                        figure("kpiDash.handoffsPending", Unit.COUNT, kind.pending()),
                        figure("kpiDash.acceptanceRate", Unit.PERCENT, kind.acceptanceRate())));
    }

    private Reasons reasons(HandoffFigures.Kind kind, Locale locale) {
        java.util.function.Function<String, String> labels = options.reasonLabels(locale);
        List<Figure> counts = new ArrayList<>();
        for (HandoffFigures.ReasonCount reason : kind.rejectionReasons()) {
            counts.add(new Figure(labels.apply(reason.reasonCode()), Unit.COUNT, reason.count()));
        }
        return new Reasons(
                messages.of("kpiDash.reasonsOf", messages.of(kind.kind().messageKey())), counts);
    }

    private String from(Department neighbour) {
        return messages.of("kpiDash.from.department", messages.of(neighbour.messageKey()));
    }

    private Figure stage(Funnel funnel, LifecycleStage stage) {
        return figure(
                "kpiDash.reached",
                Unit.COUNT,
                funnel.stages().get(stage.ordinal()).count(),
                stage);
    }

    private Figure conversion(Funnel funnel, LifecycleStage stage) {
        LifecycleStage next = LifecycleStage.funnelStages().get(stage.ordinal() + 1);
        return new Figure(
                messages.of("kpiDash.conversion", messages.of(stage.messageKey()), messages.of(next.messageKey())),
                Unit.PERCENT,
                funnel.stages().get(stage.ordinal()).conversionToNext());
    }

    private Figure figure(String key, Unit unit, Number value, Object... arguments) {
        Object[] labels = java.util.Arrays.stream(arguments)
                .map(a -> a instanceof LifecycleStage s ? messages.of(s.messageKey()) : a)
                .toArray();
        return new Figure(messages.of(key, labels), unit, value);
    }

    private static HandoffFigures.Kind kind(HandoffFigures figures, HandoffKind kind) {
        return figures.kinds().stream()
                .filter(k -> k.kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
