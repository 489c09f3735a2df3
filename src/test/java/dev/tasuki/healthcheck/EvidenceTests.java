package dev.tasuki.healthcheck;

import static dev.tasuki.platform.JdbcValues.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.internal.AssessmentDesk;
import dev.tasuki.healthcheck.internal.EvidenceBoard;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.kpi.KpiReadModels;
import dev.tasuki.platform.OrganisationClock;

/**
 * The evidence rules on hand-made data, in a database of their own without the demo organisation: each test starts from
 * no records and only its admin active, writes the rows its rule reads, and checks the figures and the suggestion. Also
 * the reminder, and that signing in notes when a user was last seen.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "tasuki.test.fresh-database=healthcheck_evidence",
            "tasuki.demo.enabled=false",
            "tasuki.admin.email=" + EvidenceTests.ADMIN,
            "tasuki.admin.password=" + EvidenceTests.PASSWORD
        })
class EvidenceTests {

    static final String ADMIN = "hc-admin@example.com";
    static final String PASSWORD = "health-check-admin";

    @Autowired
    EvidenceBoard board;

    @Autowired
    AssessmentDesk desk;

    @Autowired
    HealthCheckReminder reminder;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationClock clock;

    @Autowired
    KpiReadModels readModels;

    @Autowired
    MockMvcTester mvc;

    Instant now;
    long admin;

    @BeforeEach
    void noRecordsAndOnlyTheAdminActive() {
        for (String table : List.of(
                "hc_action",
                "hc_evidence",
                "hc_answer",
                "hc_assessment",
                "activity",
                "deal_stage_entry",
                "deal",
                "handoff",
                "stage_entry",
                "lead",
                "mrr_movement",
                "account")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("update app_user set active = (email = :admin), last_seen_at = null")
                .param("admin", ADMIN)
                .update();
        now = clock.now();
        admin = jdbc.sql("select id from app_user where email = :admin")
                .param("admin", ADMIN)
                .query(Long.class)
                .single();
    }

    private Evidence evidence(String item) {
        return board.now(clock.today()).get(item);
    }

    private static String figure(Evidence evidence, String labelKey) {
        return evidence.figures().stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .findFirst()
                .map(Figure::value)
                .orElseThrow();
    }

    private UserAccount person(Role role, Department department, Duration seenAgo) {
        UserAccount person = users.fresh(role, department);
        jdbc.sql("update app_user set last_seen_at = :at where id = :id")
                .param("at", seenAgo == null ? null : utc(now.minus(seenAgo)))
                .param("id", person.id())
                .update();
        return person;
    }

    @Test
    void departmentsStaffedAndWeeklyActiveUsersOverallAndPerDepartment() {
        jdbc.sql("update app_user set last_seen_at = :at where id = :id")
                .param("at", utc(now))
                .param("id", admin)
                .update();
        person(Role.MANAGER, Department.MARKETING, Duration.ofHours(1));
        person(Role.MEMBER, Department.MARKETING, Duration.ofDays(6));
        person(Role.MEMBER, Department.INSIDE_SALES, Duration.ofDays(2));
        person(Role.MANAGER, Department.FIELD_SALES, Duration.ofDays(8));

        // three departments staffed, two with a manager: ×
        Evidence staffed = evidence("ORG-1");
        assertThat(figure(staffed, "healthcheck.figure.departmentsStaffed")).isEqualTo("3 / 4");
        assertThat(figure(staffed, "healthcheck.figure.departmentsManaged")).isEqualTo("2 / 4");
        assertThat(staffed.suggestion()).isEqualTo(Rating.POOR);

        person(Role.MEMBER, Department.CUSTOMER_SUCCESS, null);
        // all four staffed, Customer Success without a manager: △
        assertThat(evidence("ORG-1").suggestion()).isEqualTo(Rating.PARTIAL);

        // six active users; seen within 7 days: the admin, both of Marketing and Inside Sales = 4; 4/6 = 66.7 % → 67 %:
        // △ (50–79 %)
        Evidence active = evidence("TOOL-1");
        assertThat(figure(active, "healthcheck.figure.weeklyActive")).isEqualTo("67 % (4 / 6)");
        assertThat(active.suggestion()).isEqualTo(Rating.PARTIAL);
        assertThat(active.ruleArguments()).containsExactly("80", "50");

        // per department: Marketing 2/2, Inside Sales 1/1, Field Sales 0/1 (8 days ago), Customer Success 0/1 (never):
        // ×
        Evidence perDepartment = evidence("TOOL-2");
        assertThat(perDepartment.figures())
                .extracting(Figure::value)
                .containsExactly("100 % (2 / 2)", "100 % (1 / 1)", "0 % (0 / 1)", "0 % (0 / 1)");
        assertThat(perDepartment.figures().get(2).labelArguments()).containsExactly("department.FIELD_SALES");
        assertThat(perDepartment.suggestion()).isEqualTo(Rating.POOR);
    }

    @Test
    void signingInNotesWhenTheUserWasLastSeen() {
        UserAccount member = person(Role.MEMBER, Department.INSIDE_SALES, null);
        assertThat(mvc.post()
                        .uri("/login")
                        .param("email", member.email())
                        .param("password", TestUsers.PASSWORD)
                        .with(csrf())
                        .exchange())
                .hasRedirectedUrl("/");
        Instant seen = jdbc.sql("select last_seen_at from app_user where id = :id")
                .param("id", member.id())
                .query((rs, row) ->
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .single();
        assertThat(seen).isBetween(now.minusSeconds(1), clock.now());
    }

    @Test
    void ownedWorkCountsLeadsPastMarketingAndOpenDeals() {
        UserAccount owner = person(Role.MEMBER, Department.FIELD_SALES, null);
        long account = account("株式会社所有");
        lead("SAL", owner.id(), null, now.minus(Duration.ofDays(3)));
        lead("SQL", null, null, now.minus(Duration.ofDays(3)));
        lead("LEAD", null, null, now.minus(Duration.ofDays(3))); // Marketing's pool: not counted
        deal(account, null, "NEW", "OPEN", null, owner.id());

        // leads 1/2, deals 1/1, together 2/3 = 67 %: × (below 80 %)
        Evidence owned = evidence("ORG-2");
        assertThat(figure(owned, "healthcheck.figure.ownedLeads")).isEqualTo("50 % (1 / 2)");
        assertThat(figure(owned, "healthcheck.figure.ownedDeals")).isEqualTo("100 % (1 / 1)");
        assertThat(figure(owned, "healthcheck.figure.owned")).isEqualTo("67 % (2 / 3)");
        assertThat(owned.suggestion()).isEqualTo(Rating.POOR);
    }

    @Test
    void handoffsWithinTheirSlaRejectionsWithACommentAndSpeedToLead() {
        Instant tenDaysAgo = now.minus(Duration.ofDays(10));
        long met = handoff(
                lead("MQL", null, null, tenDaysAgo),
                "MKT_IS",
                "ACCEPTED",
                tenDaysAgo,
                tenDaysAgo.plus(Duration.ofHours(2)),
                null);
        long late = handoff(
                lead("MQL", null, null, tenDaysAgo),
                "MKT_IS",
                "ACCEPTED",
                tenDaysAgo,
                tenDaysAgo.plus(Duration.ofHours(30)),
                null);
        long overdue = handoff(lead("MQL", null, null, tenDaysAgo), "MKT_IS", "PENDING", tenDaysAgo, null, null);
        handoff(
                lead("MQL", null, null, now),
                "MKT_IS",
                "PENDING",
                now.minus(Duration.ofHours(1)),
                null,
                null); // not due yet
        Instant longAgo = now.minus(Duration.ofDays(100));
        handoff(lead("MQL", null, null, longAgo), "MKT_IS", "PENDING", longAgo, null, null); // before the window

        // answered or past due in the window: met, late, overdue; in time: met only: 1/3 = 33 %: ×
        Evidence sla = evidence("ORG-3");
        assertThat(figure(sla, "healthcheck.figure.withinSla")).isEqualTo("33 % (1 / 3)");
        assertThat(sla.suggestion()).isEqualTo(Rating.POOR);

        // speed to lead, of the three MQLs sent ten days ago (the one sent an hour ago is too recent, the other too
        // old):
        // met's lead called by Inside Sales after 3 hours (fast), late's emailed after 30 hours (slow), overdue's only
        // touched by Marketing (slow): 1/3 = 33 %: ×
        activity(null, leadOf(met), "CALL", Department.INSIDE_SALES, tenDaysAgo.plus(Duration.ofHours(3)));
        activity(null, leadOf(late), "EMAIL", Department.INSIDE_SALES, tenDaysAgo.plus(Duration.ofHours(30)));
        activity(null, leadOf(overdue), "CALL", Department.MARKETING, tenDaysAgo.plus(Duration.ofHours(1)));
        // written straight into the tables, as an import writes history: the KPI read model CX-1 reads is rebuilt
        readModels.rebuild();
        Evidence speed = evidence("CX-1");
        assertThat(figure(speed, "healthcheck.figure.speedToLead")).isEqualTo("33 % (1 / 3)");
        assertThat(speed.suggestion()).isEqualTo(Rating.POOR);

        // rejections answered in the window: two with a comment, one with only spaces: 2/3 = 67 %: △
        Instant fiveDaysAgo = now.minus(Duration.ofDays(5));
        handoff(
                lead("RECYCLED", null, null, fiveDaysAgo),
                "MKT_IS",
                "REJECTED",
                fiveDaysAgo,
                fiveDaysAgo.plus(Duration.ofHours(1)),
                "予算なし");
        handoff(
                lead("RECYCLED", null, null, fiveDaysAgo),
                "IS_FS",
                "REJECTED",
                fiveDaysAgo,
                fiveDaysAgo.plus(Duration.ofHours(1)),
                "決裁者不在");
        handoff(
                lead("RECYCLED", null, null, fiveDaysAgo),
                "MKT_IS",
                "REJECTED",
                fiveDaysAgo,
                fiveDaysAgo.plus(Duration.ofHours(1)),
                "  ");
        Evidence feedback = evidence("COMM-2");
        assertThat(figure(feedback, "healthcheck.figure.explainedRejections")).isEqualTo("67 % (2 / 3)");
        assertThat(feedback.suggestion()).isEqualTo(Rating.PARTIAL);
    }

    @Test
    void recordsActivitiesAcrossDepartmentsContextAndLeadsOnTheirAccount() {
        long shared = account("株式会社共有");
        long single = account("株式会社単独");
        Instant week = now.minus(Duration.ofDays(7));
        long a = lead("MQL", null, shared, week);
        long b = lead("MQL", null, shared, week);
        long c = lead("MQL", null, null, week);
        lead("MQL", null, null, week);
        activity(shared, a, "CALL", Department.INSIDE_SALES, week);
        activity(shared, b, "EMAIL", Department.MARKETING, week);
        activity(single, c, "NOTE", Department.INSIDE_SALES, week);

        // four new leads, three with an activity: 75 %: △
        Evidence recorded = evidence("DATA-1");
        assertThat(figure(recorded, "healthcheck.figure.leadsWithActivities")).isEqualTo("75 % (3 / 4)");
        assertThat(recorded.suggestion()).isEqualTo(Rating.PARTIAL);

        // two of the four on their account: 50 %: △ (50 % counts)
        assertThat(figure(evidence("TOOL-3"), "healthcheck.figure.leadsOnAccount"))
                .isEqualTo("50 % (2 / 4)");
        assertThat(evidence("TOOL-3").suggestion()).isEqualTo(Rating.PARTIAL);

        // an MQL handoff with its note (full) and an IS→FS one without timing (not full): 50 %, × for context (below 70
        // %);
        // accounts worked: 株式会社共有 by Inside Sales and Marketing, 株式会社単独 by Inside Sales only: 50 %, ○ (50 %);
        // the worse decides: ×
        handoff(a, "MKT_IS", "PENDING", week, null, null);
        jdbc.sql("""
                insert into handoff (lead_id, kind, status, from_department, to_department, sent_by, created_at,
                    due_at, note,
                                     budget, authority, need, appointment_at)
                values (:lead, 'IS_FS', 'PENDING', 'INSIDE_SALES', 'FIELD_SALES', :by, :at, :at, '紹介', '500万円', '部長',
                    '営業DX', :at)
                """).param("lead", b).param("by", admin).param("at", utc(week)).update();
        Evidence across = evidence("DATA-2");
        assertThat(figure(across, "healthcheck.figure.fullContext")).isEqualTo("50 % (1 / 2)");
        assertThat(figure(across, "healthcheck.figure.accountsSeveralDepartments"))
                .isEqualTo("50 % (1 / 2)");
        assertThat(across.suggestion()).isEqualTo(Rating.POOR);
        assertThat(across.ruleArguments()).containsExactly("90", "70", "50", "25");

        // departments that logged in the last 30 days: Inside Sales and Marketing: △
        assertThat(figure(evidence("COMM-3"), "healthcheck.figure.departmentsLogging"))
                .isEqualTo("2 / 4");
        assertThat(evidence("COMM-3").suggestion()).isEqualTo(Rating.PARTIAL);
    }

    @Test
    void netRevenueRetentionAndNewBusinessWonThroughTheRelay() {
        LocalDate today = clock.today();
        long x = account("株式会社X");
        long y = account("株式会社Y");
        long z = account("株式会社Z");
        movement(x, today.minusMonths(14), "NEW", 100_000, 0);
        movement(x, today.minusMonths(6), "EXPANSION", 20_000, 100_000);
        movement(y, today.minusMonths(13), "NEW", 50_000, 0);
        movement(y, today.minusMonths(2), "CHURN", -50_000, 50_000);
        movement(z, today.minusMonths(3), "NEW", 30_000, 0); // no MRR at the start: left out

        // start: X 100,000 + Y 50,000 = 150,000; (150,000 + 20,000 − 0 − 50,000) / 150,000 = 80 %: × (below 90 %)
        Evidence nrr = evidence("CX-3");
        assertThat(figure(nrr, "healthcheck.figure.nrr")).isEqualTo("80 %");
        assertThat(figure(nrr, "healthcheck.figure.mrrStart")).isEqualTo("¥150,000");
        assertThat(figure(nrr, "healthcheck.figure.expansion")).isEqualTo("¥20,000");
        assertThat(figure(nrr, "healthcheck.figure.churn")).isEqualTo("¥50,000");
        assertThat(nrr.suggestion()).isEqualTo(Rating.POOR);

        // NEW deals won in the last 180 days: two from leads, one entered directly: 2/3 = 67 %: △
        long lead = lead("CUSTOMER", null, x, now.minus(Duration.ofDays(40)));
        deal(x, lead, "NEW", "WON", now.minus(Duration.ofDays(10)), null);
        deal(
                y,
                lead("CUSTOMER", null, y, now.minus(Duration.ofDays(40))),
                "NEW",
                "WON",
                now.minus(Duration.ofDays(20)),
                null);
        deal(z, null, "NEW", "WON", now.minus(Duration.ofDays(30)), null);
        deal(z, null, "EXPANSION", "WON", now.minus(Duration.ofDays(5)), null); // not new business
        deal(z, null, "NEW", "WON", now.minus(Duration.ofDays(200)), null); // before the window
        Evidence relayed = evidence("PROC-1");
        assertThat(figure(relayed, "healthcheck.figure.wonThroughRelay")).isEqualTo("67 % (2 / 3)");
        assertThat(relayed.suggestion()).isEqualTo(Rating.PARTIAL);
    }

    @Test
    void regularReviewAndTheReminderFollowTheAssessmentsAndTheAwaitedItemsSayWhy() {
        UserAccount manager = person(Role.MANAGER, Department.CUSTOMER_SUCCESS, null);
        SignedInUser signedIn = new SignedInUser(manager, null);
        UserAccount member = person(Role.MEMBER, Department.CUSTOMER_SUCCESS, null);

        // never assessed: PDCA-1 ×, and the reminder is due for the manager, not for the member
        assertThat(evidence("PDCA-1").suggestion()).isEqualTo(Rating.POOR);
        assertThat(figure(evidence("PDCA-1"), "healthcheck.figure.lastClosed")).isEqualTo("—");
        assertThat(reminder.dueFor(signedIn)).hasValueSatisfying(due -> {
            assertThat(due.lastStartedOn()).isNull();
            assertThat(due.intervalMonths()).isEqualTo(3);
        });
        assertThat(reminder.dueFor(new SignedInUser(member, null))).isEmpty();
        assertThat(mvc.get()
                        .uri("/")
                        .with(user(signedIn))
                        .header("Accept-Language", "ja")
                        .exchange())
                .bodyText()
                .contains("健全性チェックの時期です。")
                .contains("まだ一度も実施していません（推奨: 3か月ごと）");

        var assessment = desk.start("振り返り", signedIn);
        assertThat(reminder.dueFor(signedIn)).isEmpty();
        assertThat(mvc.get()
                        .uri("/")
                        .with(user(signedIn))
                        .header("Accept-Language", "ja")
                        .exchange())
                .bodyText()
                .doesNotContain("健全性チェックの時期です。");
        desk.close(assessment.id(), assessment.version(), signedIn);
        // closed today: ○ (within 3 months), with the thresholds 3 and 6 months
        assertThat(evidence("PDCA-1").suggestion()).isEqualTo(Rating.GOOD);
        assertThat(evidence("PDCA-1").ruleArguments()).containsExactly("3", "6");

        // the KPI engine speaks to the KPI chain (no targets in this database: ×); NPS has no source yet: not
        // available, no suggestion, the reason as the rule
        Map<String, Evidence> all = board.now(clock.today());
        assertThat(all.get("KPI-2").available()).isTrue();
        assertThat(all.get("KPI-2").suggestion()).isEqualTo(Rating.POOR);
        assertThat(all.get("CX-2").available()).isFalse();
        assertThat(all.get("CX-2").suggestion()).isNull();
        assertThat(all.get("CX-2").ruleKey()).isEqualTo("healthcheck.awaited.CX-2");
        // fifteen items with rules and one awaited
        assertThat(all).hasSize(16);
        assertThat(all.values().stream().filter(Evidence::available)).hasSize(15);
    }

    private long account(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (name, name_key, created_by, created_at, updated_at) values (:name,"
                        + " :name, :by, :at, :at)")
                .param("name", name)
                .param("by", admin)
                .param("at", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long lead(String stage, Long owner, Long account, Instant createdAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into lead (family_name, source, stage, stage_entered_at, owner_id, account_id, created_at,
                    updated_at)
                values ('試験', 'WEB', :stage, :at, :owner, :account, :at, :at)
                """)
                .param("stage", stage)
                .param("owner", owner)
                .param("account", account)
                .param("at", utc(createdAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long leadOf(long handoff) {
        return jdbc.sql("select lead_id from handoff where id = :id")
                .param("id", handoff)
                .query(Long.class)
                .single();
    }

    /** A handoff due a day after it was sent; responded (with a comment) when respondedAt is given. */
    private long handoff(
            long lead, String kind, String status, Instant createdAt, Instant respondedAt, String comment) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into handoff (lead_id, kind, status, from_department, to_department, sent_by, created_at,
                    due_at, note,
                                     responded_at, response_comment, reason_code)
                values (:lead, :kind, :status, 'MARKETING', 'INSIDE_SALES', :by, :at, :due, '展示会で名刺交換', :responded,
                    :comment,
                        :reason)
                """)
                .param("lead", lead)
                .param("kind", kind)
                .param("status", status)
                .param("by", admin)
                .param("at", utc(createdAt))
                .param("due", utc(createdAt.plus(Duration.ofDays(1))))
                .param("responded", utc(respondedAt))
                .param("comment", comment)
                .param("reason", "REJECTED".equals(status) ? "NO_BUDGET" : null)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void activity(Long account, long lead, String kind, Department department, Instant at) {
        jdbc.sql("""
                insert into activity (account_id, lead_id, kind, subject, occurred_at, by_user_id, by_department,
                    created_at)
                values (:account, :lead, :kind, '試験', :at, :by, :department, :at)
                """)
                .param("account", account)
                .param("lead", lead)
                .param("kind", kind)
                .param("at", utc(at))
                .param("by", admin)
                .param("department", department.name())
                .update();
    }

    private void deal(long account, Long lead, String type, String status, Instant closedAt, Long owner) {
        jdbc.sql("""
                insert into deal (account_id, lead_id, name, type, amount, expected_close_on, owner_id, department,
                    stage,
                                  stage_entered_at, status, closed_at, created_at, updated_at)
                values (:account, :lead, '試験商談', :type, 1000000, :close, :owner, 'FIELD_SALES', :stage, :at, :status,
                    :closed, :at, :at)
                """)
                .param("account", account)
                .param("lead", lead)
                .param("type", type)
                .param("close", clock.today())
                .param("owner", owner)
                .param("stage", "OPEN".equals(status) ? "PROPOSAL" : status)
                .param("at", utc(now))
                .param("status", status)
                .param("closed", utc(closedAt))
                .update();
    }

    private void movement(long account, LocalDate on, String kind, long amount, long before) {
        jdbc.sql("""
                insert into mrr_movement (account_id, movement_on, kind, amount, mrr_before, mrr_after)
                values (:account, :on, :kind, :amount, :before, :after)
                """)
                .param("account", account)
                .param("on", on)
                .param("kind", kind)
                .param("amount", amount)
                .param("before", before)
                .param("after", before + amount)
                .update();
    }
}
