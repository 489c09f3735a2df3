package dev.tasuki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.IntegrationTest;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.internal.StageRules;

/**
 * The history the demo organisation loaded at start-up. Other tests add leads to the same database, after it, and some
 * write hand-made history years back (the KPI figures' tests): the demo's own are those created in its eighteen months,
 * before its people were (its history ends the moment loading starts).
 *
 * <p>On the demo's own database (shared with {@link DemoLoadTests}): the shared one also holds what other tests import,
 * with dates of their own.
 */
@IntegrationTest
@TestPropertySource(properties = "tasuki.test.fresh-database=demo_load")
class DemoHistoryTests {

    private static final String LOADED = "(select min(created_at) from app_user)";
    private static final String DEMO_LEADS = "select id from lead where created_at < " + LOADED + " and created_at > "
            + LOADED + " - interval '600' day";

    @Autowired
    JdbcClient jdbc;

    record Entry(long leadId, LifecycleStage to, Instant at) {}

    @Test
    void everyJourneyGoesThroughTheFunnelInOrderByTheStageRulesAndEndsBeforeNow() {
        Instant loaded = jdbc.sql("select min(created_at) from app_user")
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        Map<Long, List<Entry>> journeys = new LinkedHashMap<>();
        jdbc.sql("select lead_id, to_stage, entered_at from stage_entry where lead_id in (" + DEMO_LEADS
                        + ") order by lead_id, id")
                .query((rs, row) -> new Entry(
                        rs.getLong("lead_id"),
                        LifecycleStage.valueOf(rs.getString("to_stage")),
                        rs.getObject("entered_at", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(entry -> journeys.computeIfAbsent(entry.leadId(), id -> new ArrayList<>())
                        .add(entry));

        assertThat(journeys).hasSizeGreaterThan(2_500);
        journeys.forEach((lead, entries) -> {
            assertThat(entries.get(0).to()).as("lead %d starts as a lead", lead).isEqualTo(LifecycleStage.LEAD);
            assertThat(entries)
                    .extracting(Entry::at)
                    .as("lead %d", lead)
                    .isSorted()
                    .allMatch(at -> at.isBefore(loaded));
            List<LifecycleStage> stages = entries.stream().map(Entry::to).toList();
            for (LifecycleStage stage : List.of(
                    LifecycleStage.SAL, LifecycleStage.SQL, LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER)) {
                if (stages.contains(stage)) {
                    LifecycleStage before = LifecycleStage.values()[stage.ordinal() - 1];
                    assertThat(stages.subList(0, stages.indexOf(stage)))
                            .as("lead %d reached %s through %s", lead, stage, before)
                            .contains(before, LifecycleStage.LEAD);
                }
            }
            for (int i = 1; i < stages.size(); i++) {
                assertThat(legal(stages.get(i - 1), stages.get(i)))
                        .as("lead %d: %s", lead, stages)
                        .isTrue();
            }
        });
    }

    @Test
    void theFunnelAndTheHandoffsConvertAtBelievableRates() {
        long leads = count("select count(*) from lead where id in (" + DEMO_LEADS + ")");
        long mql = reached(LifecycleStage.MQL);
        long sal = reached(LifecycleStage.SAL);
        long sql = reached(LifecycleStage.SQL);

        assertThat(leads).isBetween(2_500L, 4_000L);
        assertThat((double) mql / leads).isBetween(0.25, 0.45);
        assertThat((double) sql / sal).isBetween(0.35, 0.55);
        assertThat(acceptance(HandoffKind.MKT_IS)).isBetween(0.65, 0.85);
        assertThat(acceptance(HandoffKind.IS_FS)).isBetween(0.75, 0.95);
        assertThat(count("select count(distinct email) from lead where id in (" + DEMO_LEADS + ")"))
                .isEqualTo(leads);
        assertThat(count("select count(*) from account where domain like '%.example'"))
                .isBetween(300L, 400L);
        assertThat(count("select count(distinct campaign_id) from lead where id in (" + DEMO_LEADS + ")"))
                .isBetween(12L, 15L);
        assertThat(count("select count(*) from activity where subject like 'セミナー参加%'"))
                .isPositive();
    }

    @Test
    void everyDepartmentThatReceivesHandoffsHasWorkWaitingAndInsideSalesSomeOverdue() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        Map<String, Long> overdue = new LinkedHashMap<>();
        jdbc.sql("""
                select to_department, count(*) as waiting,
                       sum(case when due_at < (select min(created_at) from app_user) then 1 else 0 end) as overdue
                  from handoff where status = 'PENDING' and lead_id in (""" + DEMO_LEADS + ") group by to_department")
                .query((rs, row) -> {
                    waiting.put(rs.getString("to_department"), rs.getLong("waiting"));
                    return overdue.put(rs.getString("to_department"), rs.getLong("overdue"));
                })
                .list();

        assertThat(waiting).containsKeys("INSIDE_SALES", "FIELD_SALES", "CUSTOMER_SUCCESS");
        assertThat(overdue.get("INSIDE_SALES")).isPositive();
        assertThat(count("select count(*) from lead l where l.id in (" + DEMO_LEADS
                        + ") and (select count(*) from handoff h "
                        + "where h.lead_id = l.id and h.status = 'PENDING') > 1"))
                .as("at most one pending handoff a lead")
                .isZero();
    }

    @Test
    void rejectionsCarryAReasonAndAJapaneseComment() {
        List<String> comments = jdbc.sql(
                        "select coalesce(reason_code, '') || ':' || coalesce(response_comment, '') from handoff "
                                + "where status = 'REJECTED' and lead_id in (" + DEMO_LEADS + ")")
                .query(String.class)
                .list();

        assertThat(comments).hasSizeGreaterThan(100).allMatch(text -> text.matches("[A-Z_]+:.*\\p{IsHan}.*"));
        assertThat(comments.stream()
                        .map(text -> text.substring(0, text.indexOf(':')))
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(5);
    }

    /** Whether a lead may move so other than by import: by hand, by sending or accepting a handoff, or by a deal. */
    private static boolean legal(LifecycleStage from, LifecycleStage to) {
        boolean byHand = StageRules.manualTargets(from).contains(to);
        boolean byHandoff = false;
        for (HandoffKind kind : HandoffKind.values()) {
            byHandoff |= kind.sentStage().filter(to::equals).isPresent() && StageRules.canSend(kind, from);
            byHandoff |= kind.sentStage().filter(from::equals).isPresent()
                    && kind.acceptedStage().filter(to::equals).isPresent();
        }
        boolean byDeal =
                from == LifecycleStage.OPPORTUNITY && (to == LifecycleStage.CUSTOMER || to == LifecycleStage.LOST);
        return byHand || byHandoff || byDeal;
    }

    private long reached(LifecycleStage stage) {
        return jdbc.sql("select count(distinct lead_id) from stage_entry where to_stage = :stage and lead_id in ("
                        + DEMO_LEADS + ")")
                .param("stage", stage.name())
                .query(Long.class)
                .single();
    }

    private double acceptance(HandoffKind kind) {
        Map<String, Long> answers = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as answers from handoff where kind = :kind and lead_id in (" + DEMO_LEADS
                        + ") group by status")
                .param("kind", kind.name())
                .query((rs, row) -> answers.put(rs.getString("status"), rs.getLong("answers")))
                .list();
        long accepted = answers.getOrDefault("ACCEPTED", 0L);
        return (double) accepted / (accepted + answers.getOrDefault("REJECTED", 0L));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
