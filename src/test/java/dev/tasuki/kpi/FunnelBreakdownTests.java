package dev.tasuki.kpi;

import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Segment;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;

/**
 * The funnel narrowed and broken down by the lead's current source, owner and segment, which the funnel rows carry
 * themselves: three hand-made leads of May 2007 (Tokyo time), two of them changed afterwards through the relay.
 *
 * <pre>
 * L1 WEBINAR  created 05-10 10:00, MQL 05-12 10:00; then assigned to the marketing member
 * L2 INQUIRY  created 05-20 10:00; then edited: source REFERRAL, segment ENTERPRISE
 * L3 INQUIRY  created 05-25 10:00, MQL 06-02 10:00 (June)
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelBreakdownTests {

    private static final Window MAY = new Window(LocalDate.of(2007, 5, 1), LocalDate.of(2007, 6, 1));

    @Autowired
    KpiHistory history;

    @Autowired
    FunnelReport report;

    @Autowired
    Leads leads;

    private long owner;

    @BeforeAll
    void history() {
        long l1 = history.lead(LeadSource.WEBINAR, null)
                .at(LEAD, "2007-05-10T10:00")
                .at(MQL, "2007-05-12T10:00")
                .create();
        long l2 = history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2007-05-20T10:00")
                .create();
        history.lead(LeadSource.INQUIRY, null)
                .at(LEAD, "2007-05-25T10:00")
                .at(MQL, "2007-06-02T10:00")
                .create();
        // imported history is in the read models after a rebuild; the changes below reach them through the events
        history.rebuild();
        SignedInUser admin = history.user(TestUsers.ADMIN);
        owner = history.user(TestUsers.MARKETING_MEMBER).id();
        Lead first = leads.get(l1);
        leads.assign(l1, owner, first.version(), admin);
        Lead second = leads.get(l2);
        LeadDetails was = LeadDetails.of(second);
        leads.change(
                l2,
                new LeadDetails(
                        was.familyName(),
                        was.givenName(),
                        null,
                        null,
                        was.email(),
                        null,
                        was.companyName(),
                        null,
                        null,
                        null,
                        Segment.ENTERPRISE,
                        LeadSource.REFERRAL,
                        null,
                        null),
                second.version(),
                admin);
    }

    @Test
    void filtersFollowTheLeadsCurrentAttributes() {
        // INQUIRY is L3 alone now that L2 is a referral: 1 lead, 1 MQL (in June, but the cohort counts it by now)
        assertThat(counts(new LeadFilter("INQUIRY", null, null, null))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
        assertThat(counts(new LeadFilter("REFERRAL", null, null, "ENTERPRISE")))
                .containsExactly(1L, 0L, 0L, 0L, 0L, 0L);
        // the marketing member owns L1 since the assignment: MQL two days after its creation
        Funnel owned = report.funnel(MAY, FunnelBasis.COHORT, new LeadFilter(null, null, owner, null), null);
        assertThat(owned.stages().get(0).count()).isEqualTo(1);
        assertThat(owned.stages().get(0).medianDaysToNext()).isEqualTo(2.0);
    }

    @Test
    void breakdownsAddUpAndSurviveARebuild() {
        // by segment: ENTERPRISE L2; none L1 and L3 → 1 + 2 = the 3 leads of the cohort
        assertThat(leadsBy(FunnelBasis.COHORT, Grouping.SEGMENT))
                .containsEntry("ENTERPRISE", 1L)
                .containsEntry("-", 2L)
                .hasSize(2);
        history.rebuild();
        // first entries in May by source: LEAD L1 WEBINAR, L2 REFERRAL, L3 INQUIRY; MQL L1 (WEBINAR) only
        Funnel period = report.funnel(MAY, FunnelBasis.PERIOD, LeadFilter.NONE, Grouping.SOURCE);
        Map<String, List<Long>> bySource = period.groups().stream()
                .collect(Collectors.toMap(
                        Funnel.Group::key,
                        group -> group.stages().stream()
                                .map(FunnelStage::count)
                                .limit(2)
                                .toList()));
        assertThat(bySource)
                .containsOnly(
                        Map.entry("WEBINAR", List.of(1L, 1L)),
                        Map.entry("REFERRAL", List.of(1L, 0L)),
                        Map.entry("INQUIRY", List.of(1L, 0L)));
        assertThat(counts(new LeadFilter("INQUIRY", null, null, null))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
    }

    private List<Long> counts(LeadFilter filter) {
        return report.funnel(MAY, FunnelBasis.COHORT, filter, null).stages().stream()
                .map(FunnelStage::count)
                .toList();
    }

    /** Leads per group key ("-" for none). */
    private Map<String, Long> leadsBy(FunnelBasis basis, Grouping grouping) {
        return report.funnel(MAY, basis, LeadFilter.NONE, grouping).groups().stream()
                .collect(Collectors.toMap(
                        group -> group.key() == null ? "-" : group.key(),
                        group -> group.stages().get(0).count()));
    }
}
