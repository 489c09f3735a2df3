package dev.tasuki.kpi;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.kpi.internal.FunnelQueries;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.LifecycleStage;

/**
 * The funnel of METRICS.md: counts per stage on the cohort or the period basis, conversions to the next stage and the
 * median days it took, for all leads or narrowed by a filter, with an optional breakdown.
 */
@Service
@Transactional(readOnly = true)
public class FunnelReport {

    private final FunnelQueries queries;
    private final OrganisationClock clock;

    FunnelReport(FunnelQueries queries, OrganisationClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Funnel funnel(Window window, FunnelBasis basis, LeadFilter filter, Grouping grouping) {
        if (grouping == Grouping.SENDER) {
            throw KpiRuleBroken.groupNotSupported(grouping.json());
        }
        List<FunnelQueries.Counts> total = queries.counts(window, clock.zone(), basis, filter, null);
        List<Funnel.Group> groups = null;
        if (grouping != null) {
            groups = queries.counts(window, clock.zone(), basis, filter, grouping).stream()
                    .map(counts -> new Funnel.Group(counts.key(), stages(counts)))
                    .toList();
        }
        return new Funnel(window.from(), window.to(), basis, stages(total.get(0)), groups);
    }

    private static List<FunnelStage> stages(FunnelQueries.Counts counts) {
        List<LifecycleStage> funnel = LifecycleStage.funnelStages();
        List<FunnelStage> stages = new ArrayList<>();
        for (int i = 0; i < funnel.size(); i++) {
            boolean last = i + 1 == funnel.size();
            stages.add(new FunnelStage(
                    funnel.get(i),
                    counts.reached()[i],
                    last ? null : Figures.ratio(counts.reached()[i + 1], counts.reached()[i]),
                    last ? null : Figures.days(counts.medianSeconds()[i])));
        }
        return stages;
    }
}
