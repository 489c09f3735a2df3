package dev.tasuki.demo.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.DemoCredentials;
import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.UserAdministration;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;

/**
 * Loads the demo organisation into an empty database at start-up (tasuki.demo.enabled, on by default) and tells the
 * sign-in page who can sign in: its people, then eighteen months of their work ({@link DemoHistory}) that end the
 * moment loading starts, all in one transaction. A database that already has users is left alone.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("tasuki.demo.enabled")
class DemoOrganisation implements ApplicationRunner, DemoCredentials {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);
    /** Loading time on a shared machine depends on its other work; the CPU time spent says what loading costs. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final UserDirectory directory;
    private final UserAdministration administration;
    private final DemoHistory history;
    private final OrganisationClock clock;

    DemoOrganisation(
            UserDirectory directory, UserAdministration administration, DemoHistory history, OrganisationClock clock) {
        this.directory = directory;
        this.administration = administration;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!directory.isEmpty()) {
            if (DemoStaff.PEOPLE.stream()
                    .noneMatch(person -> directory.findByEmail(person.email()).isPresent())) {
                // demo passwords must never be shown next to a real organisation's sign-in
                throw new IllegalStateException("Demo mode is on (tasuki.demo.enabled, TASUKI_DEMO_ENABLED), but this"
                        + " database holds an organisation that is not the demo's: none of its users is a demo user."
                        + " Tasuki does not start like this, as the sign-in page would offer the demo's users and"
                        + " password. Set TASUKI_DEMO_ENABLED=false for this database.");
            }
            return;
        }
        long started = System.nanoTime();
        long cpuAtStart = CPU.getCurrentThreadCpuTime();
        Instant historyEnds = clock.now();
        DemoStaff.PEOPLE.forEach(person -> administration.create(new NewUser(
                person.email(),
                person.familyName(),
                person.givenName(),
                person.department(),
                person.role(),
                DemoStaff.PASSWORD)));
        log.info("Created the demo organisation's {} users, password {}", DemoStaff.PEOPLE.size(), DemoStaff.PASSWORD);
        history.load(historyEnds);
        log.info(
                "Loaded the demo organisation in {} ms ({} ms of this thread's CPU time, the database's included"
                        + " on H2)",
                (System.nanoTime() - started) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpuAtStart) / 1_000_000);
    }

    @Override
    public String password() {
        return DemoStaff.PASSWORD;
    }

    @Override
    public List<String> emails() {
        return DemoStaff.PEOPLE.stream().map(DemoStaff.Person::email).toList();
    }
}
