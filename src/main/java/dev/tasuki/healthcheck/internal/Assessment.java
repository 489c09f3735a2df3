package dev.tasuki.healthcheck.internal;

import java.time.Instant;

/**
 * A dated run of the health check: started by a manager, executive or admin, answered by anyone, closed by its starter.
 */
public record Assessment(
        long id, String title, long startedBy, Instant startedAt, Long closedBy, Instant closedAt, int version) {

    public boolean open() {
        return closedAt == null;
    }
}
