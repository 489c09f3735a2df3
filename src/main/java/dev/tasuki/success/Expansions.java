package dev.tasuki.success;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Accounts;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.AccountRelay;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.SendHandoff;

/**
 * Expansion: Customer Success raises an upsell as a CS→FS handoff for one of the account's customer leads (the relay
 * checks who may send it and that no other handoff of the lead is pending). The EXPANSION deal and its win, which raise
 * the MRR, belong to the deal module.
 */
@Service
@Transactional
public class Expansions {

    private final AccountRelay relay;
    private final Handoffs handoffs;
    private final Accounts accounts;

    Expansions(AccountRelay relay, Handoffs handoffs, Accounts accounts) {
        this.relay = relay;
        this.handoffs = handoffs;
        this.accounts = accounts;
    }

    /** The account's leads an expansion can be raised for: those at the CUSTOMER stage. */
    @Transactional(readOnly = true)
    public List<Lead> candidates(long accountId) {
        return relay.leads(accountId).stream()
                .filter(lead -> lead.stage() == LifecycleStage.CUSTOMER)
                .toList();
    }

    /** The expansion handoffs raised for the account, newest first. */
    @Transactional(readOnly = true)
    public List<Handoff> raised(long accountId) {
        return relay.handoffs(accountId).stream()
                .filter(handoff -> handoff.kind() == HandoffKind.CS_FS)
                .toList();
    }

    public Handoff raise(long accountId, RaiseExpansion command, SignedInUser by) {
        accounts.get(accountId);
        if (command.note() == null || command.note().isBlank()) {
            throw SuccessRuleBroken.noteRequired();
        }
        boolean ofAccount = relay.leads(accountId).stream()
                .anyMatch(lead -> command.leadId() != null && lead.id() == command.leadId());
        if (!ofAccount) {
            throw SuccessRuleBroken.leadNotOfAccount();
        }
        return handoffs.send(command.leadId(), new SendHandoff(HandoffKind.CS_FS, command.note(), null, null), by);
    }
}
