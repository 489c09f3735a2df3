package dev.tasuki.home.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.tasuki.healthcheck.HealthCheckReminder;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.QueueItem;
import dev.tasuki.relay.WorkQueue;

/**
 * The home page: a department member sees their leg of the relay, its team and its neighbours; executives and admins
 * see the whole relay.
 */
@Controller
class HomeController {

    static final String DEPARTMENT = "home/department";
    static final String COMPANY = "home/company";

    private final UserDirectory directory;
    private final WorkQueue queue;
    private final OrganisationClock clock;
    private final HealthCheckReminder healthCheck;

    HomeController(UserDirectory directory, WorkQueue queue, OrganisationClock clock, HealthCheckReminder healthCheck) {
        this.directory = directory;
        this.queue = queue;
        this.clock = clock;
        this.healthCheck = healthCheck;
    }

    /** One leg of the relay: a department, its people, and whether it is the viewer's own. */
    record Leg(Department department, List<UserAccount> managers, List<UserAccount> members, boolean mine) {}

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<Leg> legs = Arrays.stream(Department.values())
                .map(department -> leg(department, user))
                .toList();
        model.addAttribute("legs", legs);
        model.addAttribute("healthCheckDue", healthCheck.dueFor(user).orElse(null));
        return user.department()
                .map(department -> {
                    model.addAttribute("department", department);
                    model.addAttribute("leg", legs.get(department.ordinal()));
                    List<QueueItem> waiting = queue.waitingFor(department);
                    model.addAttribute("waiting", waiting.size());
                    model.addAttribute(
                            "overdue",
                            waiting.stream()
                                    .filter(item -> item.overdue(clock.now()))
                                    .toList());
                    model.addAttribute("manager", user.is(Role.MANAGER));
                    return DEPARTMENT;
                })
                .orElse(COMPANY);
    }

    private Leg leg(Department department, SignedInUser user) {
        List<UserAccount> team = directory.team(department);
        return new Leg(
                department,
                team.stream().filter(member -> member.role() == Role.MANAGER).toList(),
                team.stream().filter(member -> member.role() == Role.MEMBER).toList(),
                user.department().filter(department::equals).isPresent());
    }
}
