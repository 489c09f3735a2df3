package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LifecycleStage;

/**
 * A lead's stage history rebuilt from the dates another CRM kept ("Became a … Date", converted and closed dates): LEAD
 * at creation, then each funnel stage up to the highest one reached. A stage without a date of its own is implied at
 * the time of the jump over it (METRICS.md's implied entries: HubSpot has no SAL, so SAL is entered when SQL is). An
 * exit (disqualified, recycled, lost, churned) comes last. Times never go back: a date earlier than the entry before it
 * is taken as that entry's time.
 */
final class LeadHistory {

    private final Instant createdAt;
    private final Map<LifecycleStage, Instant> dates = new EnumMap<>(LifecycleStage.class);

    LeadHistory(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The stage was reached at that time (ignored when the time is unknown). */
    LeadHistory reached(LifecycleStage stage, Instant at) {
        if (at != null) {
            dates.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b);
        }
        return this;
    }

    /**
     * The entries, ending in the current stage: a funnel stage reached by now, or an exit.
     *
     * @param current the stage the other system shows now (null: the highest dated stage)
     * @param lastKnown when the current stage began, if no date says so (the record's last change)
     */
    List<ImportedLead.Entry> entries(LifecycleStage current, Instant lastKnown) {
        List<LifecycleStage> funnel = LifecycleStage.funnelStages();
        int highest = 0;
        for (int i = 0; i < funnel.size(); i++) {
            if (dates.containsKey(funnel.get(i)) || funnel.get(i) == current) {
                highest = i;
            }
        }
        List<ImportedLead.Entry> entries = new ArrayList<>();
        Instant previous = createdAt;
        entries.add(new ImportedLead.Entry(LifecycleStage.LEAD, createdAt, null));
        for (int i = 1; i <= highest; i++) {
            Instant at = later(previous, firstDateFrom(funnel, i, lastKnown));
            entries.add(new ImportedLead.Entry(funnel.get(i), at, null));
            previous = at;
        }
        if (current != null && !current.isFunnel()) {
            Instant at = later(previous, dates.getOrDefault(current, lastKnown));
            entries.add(new ImportedLead.Entry(current, at, null));
        }
        return entries;
    }

    /** The date of this stage, else of the first later stage with one (the jump), else the last known time. */
    private Instant firstDateFrom(List<LifecycleStage> funnel, int index, Instant lastKnown) {
        for (int i = index; i < funnel.size(); i++) {
            Instant at = dates.get(funnel.get(i));
            if (at != null) {
                return at;
            }
        }
        return lastKnown;
    }

    private static Instant later(Instant previous, Instant at) {
        return at == null || at.isBefore(previous) ? previous : at;
    }
}
