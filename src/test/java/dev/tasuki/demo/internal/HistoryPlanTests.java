package dev.tasuki.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.relay.ImportedLead;

/**
 * The demo history is planned without a database: the same seed, team and moment plan the same history.
 */
class HistoryPlanTests {

    private static final DemoTeam TEAM = new DemoTeam(List.of(3L, 4L, 5L), List.of(6L, 7L, 8L), List.of(9L, 10L, 11L),
            List.of(12L, 13L, 14L));
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void theSameMomentPlansTheSameHistoryAndALaterOneALongerHistory() {
        Instant now = Instant.parse("2026-11-27T03:00:00Z");

        HistoryPlan first = HistoryPlan.generate(TEAM, now, TOKYO);
        HistoryPlan again = HistoryPlan.generate(TEAM, now, TOKYO);
        HistoryPlan weekLater = HistoryPlan.generate(TEAM, now.plus(Duration.ofDays(7)), TOKYO);

        assertThat(again).isEqualTo(first);
        assertThat(weekLater).isNotEqualTo(first);
        assertThat(first.leads()).allSatisfy(lead -> {
            assertThat(lead.entries()).extracting(ImportedLead.Entry::at).isSorted().allMatch(at -> !at.isAfter(now));
            assertThat(lead.touches()).allMatch(touch -> !touch.at().isAfter(now));
        });
        assertThat(first.leads()).extracting(PlannedLead::createdAt)
                .anyMatch(at -> at.isBefore(now.minus(Duration.ofDays(540))))
                .allMatch(at -> at.isAfter(now.minus(Duration.ofDays(550))));
    }
}
