package dev.tasuki.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.kpi.internal.HandoffQueries;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HandoffKind;

/**
 * The handoff figures of METRICS.md: per kind created, accepted, rejected, pending, acceptance rate, SLA met rate,
 * median response hours and rejection reasons; and speed to lead. By source, campaign or sender on request.
 */
@Service
@Transactional(readOnly = true)
public class HandoffReport {

    private final HandoffQueries queries;
    private final OrganisationClock clock;

    HandoffReport(HandoffQueries queries, OrganisationClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public HandoffFigures handoffs(Window window, LeadFilter filter, Grouping grouping) {
        if (grouping == Grouping.OWNER || grouping == Grouping.SEGMENT) {
            throw KpiRuleBroken.groupNotSupported(grouping.json());
        }
        Section total = section(window, filter, null).get(null);
        List<HandoffFigures.Group> groups = null;
        if (grouping != null) {
            groups = new ArrayList<>();
            for (Map.Entry<String, Section> group :
                    section(window, filter, grouping).entrySet()) {
                groups.add(new HandoffFigures.Group(
                        group.getKey(),
                        group.getValue().kinds(),
                        group.getValue().speed()));
            }
        }
        return new HandoffFigures(window.from(), window.to(), total.kinds(), total.speed(), groups);
    }

    private record Section(List<HandoffFigures.Kind> kinds, Double speed) {}

    private Map<String, Section> section(Window window, LeadFilter filter, Grouping grouping) {
        long now = clock.now().getEpochSecond();
        List<HandoffQueries.KindCounts> counts = queries.kinds(window, clock.zone(), now, filter, grouping);
        List<HandoffQueries.Reasons> reasons = queries.reasons(window, clock.zone(), filter, grouping);
        List<HandoffQueries.SpeedToLead> speeds = queries.speedToLead(window, clock.zone(), filter, grouping);
        Map<String, Section> sections = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(
                counts.stream().map(HandoffQueries.KindCounts::key).distinct().toList());
        if (grouping == null && keys.isEmpty()) {
            // the total has a section even for a window without handoffs: every kind at zero
            keys.add(null);
        }
        for (String key : keys) {
            List<HandoffFigures.Kind> kinds = Arrays.stream(HandoffKind.values())
                    .map(kind -> counts.stream()
                            .filter(c ->
                                    Objects.equals(c.key(), key) && c.kind().equals(kind.name()))
                            .findFirst()
                            .map(c -> figures(
                                    kind,
                                    c,
                                    reasons.stream()
                                            .filter(r -> Objects.equals(r.key(), key)
                                                    && r.kind().equals(kind.name()))
                                            .map(r -> new HandoffFigures.ReasonCount(r.reasonCode(), r.count()))
                                            .toList()))
                            .orElseGet(() -> empty(kind)))
                    .toList();
            Double speed = speeds.stream()
                    .filter(s -> Objects.equals(s.key(), key))
                    .findFirst()
                    .map(s -> Figures.minutes(s.medianSeconds()))
                    .orElse(null);
            sections.put(key, new Section(kinds, speed));
        }
        return sections;
    }

    private static HandoffFigures.Kind figures(
            HandoffKind kind, HandoffQueries.KindCounts c, List<HandoffFigures.ReasonCount> reasons) {
        return new HandoffFigures.Kind(
                kind,
                c.created(),
                c.accepted(),
                c.rejected(),
                c.pending(),
                Figures.ratio(c.accepted(), c.accepted() + c.rejected()),
                Figures.ratio(c.slaMet(), c.slaDecided()),
                Figures.hours(c.medianResponseSeconds()),
                reasons);
    }

    private static HandoffFigures.Kind empty(HandoffKind kind) {
        return new HandoffFigures.Kind(kind, 0, 0, 0, 0, null, null, null, List.of());
    }
}
