package dev.tasuki.success.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.ActivityLogged;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.success.MrrMoved;
import dev.tasuki.success.MrrMovementWithdrawn;

/**
 * When an input of a customer's health changes (an activity, an MRR movement, the onboarding handoff), its stored
 * health is forgotten in the same transaction and computed afresh at the next read. Plain synchronous listeners on
 * purpose: forgotten with the change, no read after its commit sees the health from before.
 */
@Component
class HealthInvalidation {

    private final HealthBoard board;

    HealthInvalidation(HealthBoard board) {
        this.board = board;
    }

    @EventListener
    void on(ActivityLogged logged) {
        if (logged.accountId() != null) {
            board.forget(logged.accountId());
        }
    }

    @EventListener
    void on(MrrMoved moved) {
        board.forget(moved.accountId());
    }

    @EventListener
    void on(MrrMovementWithdrawn withdrawn) {
        board.forget(withdrawn.accountId());
    }

    @EventListener
    void on(HandoffSent sent) {
        forgetOnboarding(sent.kind(), sent.accountId());
    }

    @EventListener
    void on(HandoffAccepted accepted) {
        forgetOnboarding(accepted.kind(), accepted.accountId());
    }

    @EventListener
    void on(HandoffRejected rejected) {
        forgetOnboarding(rejected.kind(), rejected.accountId());
    }

    private void forgetOnboarding(HandoffKind kind, Long accountId) {
        if (kind == HandoffKind.FS_CS && accountId != null) {
            board.forget(accountId);
        }
    }
}
