package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.internal.HandoffDesk;

/**
 * Sending, accepting and rejecting handoffs between departments. A handoff cannot be sent without its context; a
 * rejection needs a reason code and a comment, and the lead goes where the reason says.
 */
@Service
@Transactional
public class Handoffs {

    private final HandoffDesk desk;
    private final OrganisationClock clock;

    Handoffs(HandoffDesk desk, OrganisationClock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    public Handoff send(long leadId, SendHandoff command, SignedInUser actor) {
        return desk.send(leadId, command, actor, clock.now());
    }

    public Handoff accept(long handoffId, SignedInUser actor) {
        return desk.accept(handoffId, actor, clock.now());
    }

    public Handoff reject(long handoffId, RejectHandoff command, SignedInUser actor) {
        return desk.reject(handoffId, command, actor, clock.now());
    }

    @Transactional(readOnly = true)
    public Handoff get(long handoffId) {
        return desk.get(handoffId);
    }

    @Transactional(readOnly = true)
    public List<Handoff> ofLead(long leadId) {
        return desk.ofLead(leadId);
    }

    @Transactional(readOnly = true)
    public List<ReasonCode> reasonCodes() {
        return desk.reasonCodes();
    }
}
