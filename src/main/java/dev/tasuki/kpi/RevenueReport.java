package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.kpi.internal.Costs;
import dev.tasuki.kpi.internal.RevenueQueries;
import dev.tasuki.kpi.internal.RevenueQueries.Scope;
import dev.tasuki.success.MovementKind;

/**
 * The revenue figures of METRICS.md from the MRR movements: MRR at the window's ends, the movements by kind, NRR, gross
 * revenue churn, logo churn, ARPA, monthly revenue churn, LTV, CAC, LTV/CAC and CAC payback. By the source or campaign
 * that brought the accounts on request (the closed loop).
 */
@Service
@Transactional(readOnly = true)
public class RevenueReport {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final RevenueQueries queries;
    private final Costs costs;
    private final CostSettings settings;
    private final MessageSource messages;

    RevenueReport(RevenueQueries queries, Costs costs, CostSettings settings, MessageSource messages) {
        this.queries = queries;
        this.costs = costs;
        this.settings = settings;
        this.messages = messages;
    }

    public RevenueFigures revenue(Window window, Grouping grouping) {
        if (grouping != null && grouping != Grouping.SOURCE && grouping != Grouping.CAMPAIGN) {
            throw KpiRuleBroken.groupNotSupported(grouping.json());
        }
        RevenueFigures total = figures(window, Scope.ALL);
        if (grouping == null) {
            return total;
        }
        boolean byCampaign = grouping == Grouping.CAMPAIGN;
        List<RevenueFigures.Group> groups = new ArrayList<>();
        for (String key : queries.keys(byCampaign)) {
            Scope scope = byCampaign ? new Scope(null, Long.valueOf(key)) : new Scope(key, null);
            groups.add(new RevenueFigures.Group(shownKey(key, byCampaign), figures(window, scope)));
        }
        return total.withGroups(groups);
    }

    /** The read models' "none" placeholders are null keys to the reader. */
    private static String shownKey(String key, boolean byCampaign) {
        return key.equals(byCampaign ? "0" : "-") ? null : key;
    }

    private RevenueFigures figures(Window window, Scope scope) {
        LocalDate from = window.from();
        LocalDate to = window.to();
        List<RevenueFigures.Note> notes = new ArrayList<>();
        // the window's ends and the starts of the 12 months before `to`, for the monthly revenue churn
        LocalDate lastMonth = to.withDayOfMonth(1);
        List<LocalDate> days = new ArrayList<>(List.of(from, to));
        for (int i = 12; i >= 0; i--) {
            days.add(lastMonth.minusMonths(i));
        }
        RevenueQueries.Days atDays = queries.days(days, from, to, scope);
        List<RevenueQueries.Point> points = atDays.points();
        long mrrStart = points.get(0).mrr();
        long mrrEnd = points.get(1).mrr();
        long customersStart = points.get(0).customers();
        long customersEnd = points.get(1).customers();
        RevenueQueries.Sums sums = atDays.sums();
        RevenueQueries.Movements accounts = queries.movements(from, to, scope);
        long expansionRetained = accounts.retainedExpansion();
        long lossRetained = accounts.retainedLosses();

        Double nrr = null;
        Double grossRevenueChurn = null;
        if (mrrStart == 0) {
            note(notes, "nrr", "kpi.note.noMrrAtStart");
            note(notes, "grossRevenueChurn", "kpi.note.noMrrAtStart");
        } else {
            nrr = (double) (mrrStart + expansionRetained - lossRetained) / mrrStart;
            grossRevenueChurn = (double) lossRetained / mrrStart;
        }
        long churnedCustomers = accounts.churnedAccounts();
        Double logoChurn = Figures.ratio(churnedCustomers, customersStart);
        if (logoChurn == null) {
            note(notes, "logoChurn", "kpi.note.noCustomersAtStart");
        }
        BigDecimal arpa = customersEnd == 0
                ? null
                : BigDecimal.valueOf(mrrEnd).divide(BigDecimal.valueOf(customersEnd), PRECISION);
        if (arpa == null) {
            note(notes, "arpa", "kpi.note.noCustomersAtEnd");
        }
        BigDecimal monthlyChurn =
                monthlyRevenueChurn(days.subList(2, days.size()), points.subList(2, points.size()), scope);
        BigDecimal margin = settings.margin().grossMargin();
        BigDecimal ltv = null;
        if (monthlyChurn == null || monthlyChurn.signum() == 0) {
            note(notes, "ltv", monthlyChurn == null ? "kpi.note.noChurnHistory" : "kpi.note.noChurn");
        } else if (arpa != null) {
            ltv = arpa.multiply(margin).divide(monthlyChurn, PRECISION);
        } else {
            note(notes, "ltv", "kpi.note.noCustomersAtEnd");
        }

        long newCustomers = accounts.newAccounts();
        BigDecimal cac = null;
        BigDecimal cacPayback = null;
        if (scope.source() != null) {
            note(notes, "cac", "kpi.note.costsNotBySource");
        } else if (newCustomers == 0) {
            note(notes, "cac", "kpi.note.noNewCustomers");
        } else {
            BigDecimal spent = costs.campaignCosts(from, to, scope.campaign());
            if (scope.campaign() == null) {
                spent = spent.add(costs.otherCosts(from, to));
            }
            cac = spent.divide(BigDecimal.valueOf(newCustomers), PRECISION);
            BigDecimal newMrrPerCustomer = BigDecimal.valueOf(sums.amount(MovementKind.NEW))
                    .divide(BigDecimal.valueOf(newCustomers), PRECISION);
            cacPayback = cac.divide(newMrrPerCustomer.multiply(margin), PRECISION);
        }
        Double ltvToCac = null;
        if (ltv != null && cac != null && cac.signum() > 0) {
            ltvToCac = ltv.divide(cac, PRECISION).doubleValue();
        } else if (ltv != null && cac != null) {
            note(notes, "ltvToCac", "kpi.note.noCost");
        }
        return new RevenueFigures(
                from,
                to,
                mrrStart,
                mrrEnd,
                sums.amount(MovementKind.NEW),
                sums.amount(MovementKind.EXPANSION),
                -sums.amount(MovementKind.CONTRACTION),
                -sums.amount(MovementKind.CHURN),
                sums.amount(MovementKind.REACTIVATION),
                nrr,
                grossRevenueChurn,
                logoChurn,
                yen(arpa),
                monthlyChurn == null ? null : monthlyChurn.doubleValue(),
                yen(ltv),
                yen(cac),
                ltvToCac,
                cacPayback == null ? null : cacPayback.doubleValue(),
                customersStart,
                customersEnd,
                newCustomers,
                churnedCustomers,
                notes,
                null);
    }

    /**
     * The mean of the gross revenue churn of each of the 12 calendar months before {@code to} (the months that end on
     * or before it, whose 13 boundaries are given with MRR at each); months without MRR at their start have none and
     * are left out; null when no month has one.
     */
    private BigDecimal monthlyRevenueChurn(
            List<LocalDate> boundaries, List<RevenueQueries.Point> atBoundaries, Scope scope) {
        long[] losses = queries.monthlyLosses(boundaries, scope);
        BigDecimal sum = BigDecimal.ZERO;
        int months = 0;
        for (int i = 0; i < losses.length; i++) {
            long mrrStart = atBoundaries.get(i).mrr();
            if (mrrStart == 0) {
                continue;
            }
            sum = sum.add(BigDecimal.valueOf(losses[i]).divide(BigDecimal.valueOf(mrrStart), PRECISION));
            months++;
        }
        return months == 0 ? null : sum.divide(BigDecimal.valueOf(months), PRECISION);
    }

    private void note(List<RevenueFigures.Note> notes, String field, String key) {
        notes.add(new RevenueFigures.Note(field, messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
    }

    private static Long yen(BigDecimal amount) {
        return amount == null ? null : amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
