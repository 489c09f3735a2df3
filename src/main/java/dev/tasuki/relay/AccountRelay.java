package dev.tasuki.relay;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.relay.internal.AccountRelayRows;

/**
 * The relay as one account saw it: the account's leads (oldest first) and the handoffs sent for them (newest first).
 * Customer Success reads when a customer's onboarding handoff was accepted, and which of its leads are customers an
 * expansion can be handed over for.
 */
@Service
@Transactional(readOnly = true)
public class AccountRelay {

    private final AccountRelayRows rows;

    AccountRelay(AccountRelayRows rows) {
        this.rows = rows;
    }

    public List<Lead> leads(long accountId) {
        return rows.leads(accountId);
    }

    public List<Handoff> handoffs(long accountId) {
        return rows.handoffs(accountId);
    }
}
