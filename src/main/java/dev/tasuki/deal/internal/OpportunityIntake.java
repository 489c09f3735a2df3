package dev.tasuki.deal.internal;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealDetails;
import dev.tasuki.deal.DealType;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.Leads;

/**
 * Accepting an IS→FS handoff opens the deal, in the same transaction: for the lead's account (created from the lead's
 * company when the lead has none yet), owned by the accepting member, first meeting on the appointment Inside Sales
 * set. A plain synchronous listener on purpose: the acceptance and its deal commit together, so an accepted IS→FS
 * handoff never lacks its deal.
 */
@Component
class OpportunityIntake {

    private final DealDesk desk;
    private final Leads leads;
    private final Handoffs handoffs;
    private final Accounts accounts;
    private final UserDirectory directory;
    private final OrganisationClock clock;

    OpportunityIntake(
            DealDesk desk,
            Leads leads,
            Handoffs handoffs,
            Accounts accounts,
            UserDirectory directory,
            OrganisationClock clock) {
        this.clock = clock;
        this.desk = desk;
        this.leads = leads;
        this.handoffs = handoffs;
        this.accounts = accounts;
        this.directory = directory;
    }

    @EventListener
    void on(HandoffAccepted accepted) {
        if (accepted.kind() != HandoffKind.IS_FS) {
            return;
        }
        SignedInUser receiver = new SignedInUser(directory.get(accepted.byUserId()), null);
        Lead lead = leads.get(accepted.leadId());
        long accountId = lead.accountId() != null ? lead.accountId() : accountFor(lead, receiver);
        Handoff handoff = handoffs.get(accepted.handoffId());
        LocalDate closeBy = accepted.at().atZone(clock.zone()).toLocalDate().plusMonths(3);
        String name = (lead.companyName() == null ? lead.label() : lead.companyName()) + " 新規導入";
        desk.open(
                new DealDetails(accountId, name, DealType.NEW, 0, 0, ContractTerm.ANNUAL, closeBy, receiver.id()),
                lead.id(),
                handoff.id(),
                Department.FIELD_SALES,
                receiver,
                null,
                accepted.at());
    }

    private long accountFor(Lead lead, SignedInUser receiver) {
        Account account = lead.suggestedAccountId() != null
                ? accounts.get(lead.suggestedAccountId())
                : accounts.create(
                        new NewAccount(
                                lead.companyName() == null ? lead.label() : lead.companyName(),
                                null,
                                null,
                                lead.industry(),
                                lead.employeeBand(),
                                lead.segment(),
                                receiver.id(),
                                null,
                                null,
                                null),
                        receiver);
        leads.confirmAccount(lead.id(), account.id(), leads.get(lead.id()).version(), receiver);
        return account.id();
    }
}
