package dev.tasuki.relay;

import java.time.Instant;

/**
 * A handoff in a department's work queue with the lead context the receiver needs to decide without leaving the queue.
 */
public record QueueItem(Handoff handoff, Lead lead) {

    public boolean overdue(Instant now) {
        return handoff.overdue(now);
    }
}
