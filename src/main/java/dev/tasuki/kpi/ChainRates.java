package dev.tasuki.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.tasuki.kpi.internal.DealQueries;
import dev.tasuki.kpi.internal.FunnelQueries;
import dev.tasuki.platform.OrganisationClock;

/**
 * The KPI chain's rates as history shows them, exactly (as fractions): the funnel conversions of the leads created in a
 * window (cohort basis), the win rate and average deal size of the deals closed in it; and the period-basis counts the
 * bottleneck compares with a plan.
 */
@Component
class ChainRates {

    /** The trailing six full months before today's month, whose cohorts give a plan's rates. */
    static final int HISTORY_MONTHS = 6;

    private final FunnelQueries funnel;
    private final DealQueries deals;
    private final OrganisationClock clock;

    ChainRates(FunnelQueries funnel, DealQueries deals, OrganisationClock clock) {
        this.funnel = funnel;
        this.deals = deals;
        this.clock = clock;
    }

    Window historyWindow() {
        LocalDate thisMonth = clock.today().withDayOfMonth(1);
        return new Window(thisMonth.minusMonths(HISTORY_MONTHS), thisMonth);
    }

    /** Each rate over the window; a fraction with denominator 0 where history has nothing to divide by. */
    Map<ChainRate, Fraction> rates(Window window, FunnelBasis basis) {
        return rates(window, reached(window, basis));
    }

    /** The same, with the funnel counts of the window already at hand ({@link #reached}), so they are read once. */
    Map<ChainRate, Fraction> rates(Window window, long[] reached) {
        Map<ChainRate, Fraction> rates = new EnumMap<>(ChainRate.class);
        for (ChainRate rate : ChainRate.values()) {
            if (rate.isConversion() && rate != ChainRate.WIN_RATE) {
                int stage = rate.fromStage().ordinal();
                rates.put(rate, Fraction.of(reached[stage + 1], reached[stage]));
            }
        }
        DealQueries.Closed closed = closed(window);
        rates.put(ChainRate.WIN_RATE, Fraction.of(closed.won(), closed.won() + closed.lost()));
        rates.put(ChainRate.AVERAGE_DEAL_SIZE, Fraction.of(closed.wonAmount(), closed.won()));
        return rates;
    }

    /** How many leads reached each funnel stage, in funnel order. */
    long[] reached(Window window, FunnelBasis basis) {
        return funnel.counts(window, clock.zone(), basis, LeadFilter.NONE, null)
                .get(0)
                .reached();
    }

    DealQueries.Closed closed(Window window) {
        Instant from = window.from().atStartOfDay(clock.zone()).toInstant();
        Instant to = window.to().atStartOfDay(clock.zone()).toInstant();
        List<DealQueries.Closed> closed = deals.closed(from, to, LeadFilter.NONE, null);
        return closed.get(0);
    }
}
