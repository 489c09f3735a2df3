package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Department;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.internal.QueueQueries;

/**
 * What is waiting for a department: pending handoffs ordered by SLA due time, then by score; and the feedback on what
 * it sent that was rejected.
 */
@Service
@Transactional(readOnly = true)
public class WorkQueue {

    private final QueueQueries queries;
    private final OrganisationClock clock;

    WorkQueue(QueueQueries queries, OrganisationClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public List<QueueItem> waitingFor(Department department) {
        return queries.pendingTo(department);
    }

    public long overdueCount(Department department) {
        return queries.overdueCount(department, clock.now());
    }

    /** Handoffs this department sent that were rejected in the last 30 days, newest first. */
    public List<QueueItem> rejectedFrom(Department department) {
        return queries.rejectedFrom(department, clock.now().minus(java.time.Duration.ofDays(30)));
    }
}
