package dev.tasuki.healthcheck.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Staffing;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence from the people, as identity's directory counts them: the four departments staffed (ORG-1), weekly active
 * users overall (TOOL-1) and per department (TOOL-2).
 */
@Component
class TeamEvidence implements EvidenceSource {

    static final Duration WEEK = Duration.ofDays(7);

    private final UserDirectory directory;
    private final OrganisationClock clock;

    TeamEvidence(UserDirectory directory, OrganisationClock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("ORG-1", "TOOL-1", "TOOL-2");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        Staffing staffing = directory.staffing(clock.now().minus(WEEK));
        return switch (itemCode) {
            case "ORG-1" -> departmentsStaffed(staffing);
            case "TOOL-1" -> activeUsers(staffing);
            case "TOOL-2" -> activeUsersPerDepartment(staffing);
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** ○ when all four departments have active people and a manager, △ when all four have people, × otherwise. */
    private static Evidence departmentsStaffed(Staffing staffing) {
        long staffed = staffing.departments().values().stream()
                .filter(team -> team.people() > 0)
                .count();
        long managed = staffing.departments().values().stream()
                .filter(team -> team.managers() > 0)
                .count();
        Rating rating = managed == 4 ? Rating.GOOD : staffed == 4 ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "ORG-1",
                rating,
                List.of(
                        new Figure("healthcheck.figure.departmentsStaffed", staffed + " / 4"),
                        new Figure("healthcheck.figure.departmentsManaged", managed + " / 4")),
                "healthcheck.rule.ORG-1");
    }

    /** Active users seen (signed in or used the API) in the last 7 days: ○ 80 %, △ 50 %. */
    private static Evidence activeUsers(Staffing staffing) {
        Share seen = new Share(staffing.everyone().seen(), staffing.everyone().people());
        return Evidence.ofShare("TOOL-1", "healthcheck.figure.weeklyActive", seen, 80, 50);
    }

    /**
     * The same per department: ○ when every department is at 70 % or more, △ when every one is at 40 %, × otherwise.
     */
    private static final int EVERY_DEPARTMENT_GOOD = 70;

    private static final int EVERY_DEPARTMENT_PARTIAL = 40;

    private static Evidence activeUsersPerDepartment(Staffing staffing) {
        List<Figure> figures = new ArrayList<>();
        boolean allGood = true;
        boolean allPartial = true;
        for (Department department : Department.values()) {
            Staffing.Team team = staffing.departments().get(department);
            Share seen = new Share(team.seen(), team.people());
            figures.add(
                    new Figure("healthcheck.figure.weeklyActiveIn", List.of(department.messageKey()), seen.shown()));
            allGood &= seen.atLeast(EVERY_DEPARTMENT_GOOD);
            allPartial &= seen.atLeast(EVERY_DEPARTMENT_PARTIAL);
        }
        Rating rating = allGood ? Rating.GOOD : allPartial ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "TOOL-2", rating, figures, "healthcheck.rule.TOOL-2", EVERY_DEPARTMENT_GOOD, EVERY_DEPARTMENT_PARTIAL);
    }
}
