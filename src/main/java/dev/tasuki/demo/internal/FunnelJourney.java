package dev.tasuki.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LifecycleStage;

/**
 * One lead's way through the funnel, written down as it happens: stage entries, handoffs and the activities of the
 * people who worked it. What would happen after now does not happen: a handoff whose answer would come later stays
 * pending, and the story ends there.
 */
final class FunnelJourney {

    /** What became of a handoff. */
    enum Answer {
        ACCEPTED,
        REJECTED,
        PENDING,
        NOT_SENT
    }

    /** How the receiver will answer: accept, or reject with a reason and a comment; at is when. */
    record Reply(long by, Instant at, RejectionReason reason, String comment) {

        static Reply accept(long by, Instant at) {
            return new Reply(by, at, null, null);
        }

        static Reply reject(long by, Instant at, RejectionReason reason, String comment) {
            return new Reply(by, at, reason, comment);
        }
    }

    /** An activity someone logged on the lead. */
    record Touch(ActivityKind kind, String subject, String body, Instant at, long by, Department department) {}

    private final Instant now;
    private final DemoTeam team;
    private final List<ImportedLead.Entry> entries = new ArrayList<>();
    private final List<ImportedLead.PastHandoff> handoffs = new ArrayList<>();
    private final List<Touch> touches = new ArrayList<>();
    private LifecycleStage stage;
    private Instant last;
    private long owner;

    FunnelJourney(Instant createdAt, long createdBy, Instant now, DemoTeam team) {
        this.now = now;
        this.team = team;
        this.owner = createdBy;
        enter(LifecycleStage.LEAD, createdAt, createdBy);
    }

    boolean hasHappened(Instant at) {
        return !at.isAfter(now);
    }

    /** Enters the stage at that moment, unless the moment is still to come; false then. */
    boolean enter(LifecycleStage next, Instant at, long by) {
        if (!hasHappened(at)) {
            return false;
        }
        if (last != null && at.isBefore(last)) {
            throw new IllegalStateException("stage entries go forward in time");
        }
        entries.add(new ImportedLead.Entry(next, at, by));
        stage = next;
        last = at;
        return true;
    }

    /** Sends the handoff and takes the receiver's reply, as far as both have happened by now. */
    Answer handOff(
            HandoffKind kind,
            long sentBy,
            Instant sentAt,
            Duration sla,
            String note,
            Bant bant,
            Instant appointment,
            Reply reply) {
        if (!hasHappened(sentAt)) {
            return Answer.NOT_SENT;
        }
        kind.sentStage().filter(sent -> sent != stage).ifPresent(sent -> enter(sent, sentAt, sentBy));
        last = sentAt;
        Instant due = sentAt.plus(sla);
        Bant context = bant == null ? Bant.NONE : bant;
        if (!hasHappened(reply.at())) {
            handoffs.add(new ImportedLead.PastHandoff(
                    kind,
                    sentBy,
                    sentAt,
                    due,
                    note,
                    context,
                    appointment,
                    HandoffStatus.PENDING,
                    null,
                    null,
                    null,
                    null));
            return Answer.PENDING;
        }
        boolean accepted = reply.reason() == null;
        handoffs.add(new ImportedLead.PastHandoff(
                kind,
                sentBy,
                sentAt,
                due,
                note,
                context,
                appointment,
                accepted ? HandoffStatus.ACCEPTED : HandoffStatus.REJECTED,
                reply.by(),
                reply.at(),
                accepted ? null : reply.reason().code(),
                reply.comment()));
        if (accepted) {
            owner = reply.by();
            kind.acceptedStage().ifPresentOrElse(next -> enter(next, reply.at(), reply.by()), () -> last = reply.at());
            return Answer.ACCEPTED;
        }
        reply.reason().outcome().ifPresentOrElse(next -> enter(next, reply.at(), reply.by()), () -> last = reply.at());
        return Answer.REJECTED;
    }

    /** Logs an activity by that person, if it has happened by now. */
    void log(ActivityKind kind, String subject, String body, Instant at, long by) {
        if (hasHappened(at)) {
            touches.add(new Touch(kind, subject, body, at, by, team.departmentOf(by)));
        }
    }

    LifecycleStage stage() {
        return stage;
    }

    /** When the last stage entry or handoff happened. */
    Instant last() {
        return last;
    }

    long owner() {
        return owner;
    }

    List<ImportedLead.Entry> entries() {
        return List.copyOf(entries);
    }

    List<ImportedLead.PastHandoff> handoffs() {
        return List.copyOf(handoffs);
    }

    List<Touch> touches() {
        return List.copyOf(touches);
    }
}
