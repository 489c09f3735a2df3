package dev.tasuki.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The organisation's time: "now" and "today" in its time zone (default Asia/Tokyo). One bean, so tests can pin the time
 * and every module reads the same day.
 */
public class OrganisationClock {

    private final Clock clock;

    public OrganisationClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
