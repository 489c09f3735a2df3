package dev.tasuki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.IntegrationTest;
import dev.tasuki.kpi.Funnel;
import dev.tasuki.kpi.FunnelBasis;
import dev.tasuki.kpi.FunnelReport;
import dev.tasuki.kpi.FunnelStage;
import dev.tasuki.kpi.LeadFilter;
import dev.tasuki.kpi.Window;
import dev.tasuki.platform.OrganisationClock;

/**
 * The scale generator as the start-up command runs it, on a small N in a database of its own: the history it writes is
 * complete enough for every figure, and the KPI read models are rebuilt from it.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "tasuki.test.fresh-database=scale",
            "tasuki.demo.enabled=false",
            "tasuki.scale.leads=3000",
            "tasuki.scale.months=6",
            "tasuki.scale.seed=7"
        })
class ScaleGeneratorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FunnelReport funnel;

    @Autowired
    OrganisationClock clock;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void writesProportionalHistoryAndTheReadModelsFollow() {
        assertThat(count("lead")).isEqualTo(3000);
        // per lead: a creation entry and more; activities 0-18 (9 on average) plus the first IS call of MQLs
        assertThat(count("stage_entry")).isBetween(3000L * 2, 3000L * 4);
        assertThat(count("activity")).isBetween(3000L * 8, 3000L * 11);
        assertThat(count("deal")).isBetween(3000L / 20, 3000L / 5);
        assertThat(count("mrr_movement")).isPositive();
        // the users it signs its rows with, the first an admin, so that the bootstrap admin is not needed
        assertThat(jdbc.sql("select count(*) from app_user where email like 'scale-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(ScaleGenerator.emails().size());

        Funnel all = funnel.funnel(
                new Window(clock.today().minusMonths(7), clock.today().plusDays(1)),
                FunnelBasis.COHORT,
                LeadFilter.NONE,
                null);
        assertThat(all.stages().get(0).count())
                .as("every lead is in the rebuilt funnel")
                .isEqualTo(3000);
        assertThat(all.stages()).extracting(FunnelStage::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.stages().get(5).count()).as("some became customers").isPositive();
        // nothing after now, nothing before the months asked for
        assertThat(jdbc.sql("select count(*) from lead where created_at < :start")
                        .param(
                                "start",
                                clock.today()
                                        .minusMonths(7)
                                        .atStartOfDay(clock.zone())
                                        .toOffsetDateTime())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
