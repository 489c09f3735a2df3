package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.Department;
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence from the people and who owns what (read-only SQL over identity's, relay's and deal's tables): the four
 * departments staffed (ORG-1), owned work (ORG-2), weekly active users overall (TOOL-1) and per department (TOOL-2).
 */
@Component
class TeamEvidence implements EvidenceSource {

    static final Duration WEEK = Duration.ofDays(7);

    /** TOOL-2: the share of each department's people seen this week that every department must reach for ○, △. */
    private static final int EVERY_DEPARTMENT_GOOD = 70;

    private static final int EVERY_DEPARTMENT_PARTIAL = 40;

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    TeamEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Staff(long people, long managers, long seenThisWeek) {}

    @Override
    public Set<String> itemCodes() {
        return Set.of("ORG-1", "ORG-2", "TOOL-1", "TOOL-2");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "ORG-1" -> departmentsStaffed();
            case "ORG-2" -> ownedWork();
            case "TOOL-1" -> activeUsers();
            case "TOOL-2" -> activeUsersPerDepartment();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** ○ when all four departments have active people and a manager, △ when all four have people, × otherwise. */
    private Evidence departmentsStaffed() {
        Map<Department, Staff> staff = staffByDepartment();
        long staffed = staff.values().stream().filter(s -> s.people() > 0).count();
        long managed = staff.values().stream().filter(s -> s.managers() > 0).count();
        Rating rating = managed == 4 ? Rating.GOOD : staffed == 4 ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "ORG-1",
                rating,
                List.of(
                        new Figure("healthcheck.figure.departmentsStaffed", staffed + " / 4"),
                        new Figure("healthcheck.figure.departmentsManaged", managed + " / 4")),
                "healthcheck.rule.ORG-1");
    }

    /** Leads past Marketing's leg (SAL, SQL, OPPORTUNITY) and open deals that have an owner: ○ 95 %, △ 80 %. */
    private Evidence ownedWork() {
        Share leads = jdbc.sql("select count(*) as whole, count(owner_id) as part from lead where stage in ('SAL',"
                        + " 'SQL', 'OPPORTUNITY')")
                .query(Share::read)
                .single();
        Share deals = jdbc.sql("select count(*) as whole, count(owner_id) as part from deal where status = 'OPEN'")
                .query(Share::read)
                .single();
        Share owned = new Share(leads.part() + deals.part(), leads.whole() + deals.whole());
        return owned.evidence(
                "ORG-2",
                95,
                80,
                new Figure("healthcheck.figure.ownedLeads", leads.shown()),
                new Figure("healthcheck.figure.ownedDeals", deals.shown()),
                new Figure("healthcheck.figure.owned", owned.shown()));
    }

    /** Active users seen (signed in or used the API) in the last 7 days: ○ 80 %, △ 50 %. */
    private Evidence activeUsers() {
        Share seen =
                jdbc.sql("""
                select count(*) as whole, sum(case when last_seen_at >= :since then 1 else 0 end) as part
                  from app_user where active = true
                """).param("since", utc(since())).query(Share::read).single();
        return seen.evidence("TOOL-1", 80, 50, new Figure("healthcheck.figure.weeklyActive", seen.shown()));
    }

    /**
     * The same per department: ○ when every department is at 70 % or more, △ when every one is at 40 %, × otherwise.
     */
    private Evidence activeUsersPerDepartment() {
        List<Figure> figures = new ArrayList<>();
        boolean allGood = true;
        boolean allPartial = true;
        for (Map.Entry<Department, Staff> entry : staffByDepartment().entrySet()) {
            Share seen =
                    new Share(entry.getValue().seenThisWeek(), entry.getValue().people());
            figures.add(new Figure(
                    "healthcheck.figure.weeklyActiveIn", List.of(entry.getKey().messageKey()), seen.shown()));
            allGood &= seen.atLeast(EVERY_DEPARTMENT_GOOD);
            allPartial &= seen.atLeast(EVERY_DEPARTMENT_PARTIAL);
        }
        Rating rating = allGood ? Rating.GOOD : allPartial ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "TOOL-2", rating, figures, "healthcheck.rule.TOOL-2", EVERY_DEPARTMENT_GOOD, EVERY_DEPARTMENT_PARTIAL);
    }

    private Map<Department, Staff> staffByDepartment() {
        Map<Department, Staff> staff = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            staff.put(department, new Staff(0, 0, 0));
        }
        jdbc.sql("""
                select department, count(*) as people, sum(case when role = 'MANAGER' then 1 else 0 end) as managers,
                       sum(case when last_seen_at >= :since then 1 else 0 end) as seen
                  from app_user where active = true and department is not null group by department
                """)
                .param("since", utc(since()))
                .query((rs, row) -> staff.put(
                        Department.valueOf(rs.getString("department")),
                        new Staff(rs.getLong("people"), rs.getLong("managers"), rs.getLong("seen"))))
                .list();
        return staff;
    }

    private Instant since() {
        return clock.now().minus(WEEK);
    }
}
