package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.kpi.internal.DealQueries;
import dev.tasuki.platform.OrganisationClock;

/**
 * Field Sales' figures: win rate, average deal size and sales cycle of the deals closed in a window; the open pipeline,
 * unweighted and weighted by stage probability. By source or campaign of the lead a deal came from (the closed loop) on
 * request.
 */
@Service
@Transactional(readOnly = true)
public class DealReport {

    private final DealQueries queries;
    private final OrganisationClock clock;

    DealReport(DealQueries queries, OrganisationClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public DealFigures deals(Window window, LeadFilter filter, Grouping grouping) {
        if (grouping != null && grouping != Grouping.SOURCE && grouping != Grouping.CAMPAIGN) {
            throw KpiRuleBroken.groupNotSupported(grouping.json());
        }
        var from = window.from().atStartOfDay(clock.zone()).toInstant();
        var to = window.to().atStartOfDay(clock.zone()).toInstant();
        DealQueries.Closed closed = queries.closed(from, to, filter, null).get(0);
        DealQueries.Open open = queries.open(filter, null).get(0);
        List<DealFigures.Group> groups = null;
        if (grouping != null) {
            List<DealQueries.Closed> closedByKey = queries.closed(from, to, filter, grouping);
            List<DealQueries.Open> openByKey = queries.open(filter, grouping);
            Set<String> keys = new LinkedHashSet<>();
            closedByKey.forEach(c -> keys.add(c.key()));
            openByKey.forEach(o -> keys.add(o.key()));
            groups = keys.stream()
                    .map(key -> {
                        DealQueries.Closed c = closedByKey.stream()
                                .filter(x -> Objects.equals(x.key(), key))
                                .findFirst()
                                .orElse(new DealQueries.Closed(key, 0, 0, 0, null));
                        DealQueries.Open o = openByKey.stream()
                                .filter(x -> Objects.equals(x.key(), key))
                                .findFirst()
                                .orElse(new DealQueries.Open(key, 0, BigDecimal.ZERO));
                        return new DealFigures.Group(
                                key,
                                c.won(),
                                c.lost(),
                                c.wonAmount(),
                                Figures.ratio(c.won(), c.won() + c.lost()),
                                averageDealSize(c),
                                Figures.days(c.medianCycleSeconds()),
                                o.amount(),
                                yen(o.weightedAmount()));
                    })
                    .toList();
        }
        return new DealFigures(
                window.from(),
                window.to(),
                closed.won(),
                closed.lost(),
                closed.wonAmount(),
                Figures.ratio(closed.won(), closed.won() + closed.lost()),
                averageDealSize(closed),
                Figures.days(closed.medianCycleSeconds()),
                open.amount(),
                yen(open.weightedAmount()),
                groups);
    }

    private static Long averageDealSize(DealQueries.Closed closed) {
        return closed.won() == 0
                ? null
                : yen(BigDecimal.valueOf(closed.wonAmount())
                        .divide(BigDecimal.valueOf(closed.won()), 2, RoundingMode.HALF_UP));
    }

    private static long yen(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
