package dev.tasuki.success.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Timeline;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.AccountRelay;
import dev.tasuki.relay.LeadLifecycle;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.MoveStage;
import dev.tasuki.success.ChurnReason;
import dev.tasuki.success.Contract;
import dev.tasuki.success.LoseContract;
import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrSource;
import dev.tasuki.success.RenewContract;
import dev.tasuki.success.RenewalDecision;
import dev.tasuki.success.RenewalOutcome;
import dev.tasuki.success.SuccessRuleBroken;

/**
 * Where Customer Success decides renewals. Renewed: the new MRR level from the renewal day (higher, lower or the same,
 * so EXPANSION, CONTRACTION or no movement) and the renewal day a term on. Lost: MRR 0 from the renewal day (CHURN),
 * the contract churned with its reason, and the account's customer leads moved to CHURNED. The version the user saw
 * must still be the contract's: a stale decision changes nothing.
 */
@Component
public class RenewalDesk {

    private final Contracts contracts;
    private final RenewalDecisions decisions;
    private final ChurnReasons reasons;
    private final MrrBook book;
    private final Timeline timeline;
    private final AccountRelay relay;
    private final LeadLifecycle lifecycle;
    private final OrganisationClock clock;

    RenewalDesk(
            Contracts contracts,
            RenewalDecisions decisions,
            ChurnReasons reasons,
            MrrBook book,
            Timeline timeline,
            AccountRelay relay,
            LeadLifecycle lifecycle,
            OrganisationClock clock) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.reasons = reasons;
        this.book = book;
        this.timeline = timeline;
        this.relay = relay;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public RenewalDecision renew(long accountId, RenewContract command, SignedInUser by) {
        SuccessAccess.checkChange(by);
        if (command.mrr() == null) {
            throw SuccessRuleBroken.mrrRequired();
        }
        if (command.mrr() < 0) {
            throw SuccessRuleBroken.mrrNegative();
        }
        Contract contract = current(accountId, command.version());
        Instant now = clock.now();
        LocalDate due = contract.nextRenewal(clock.today());
        LocalDate next = due.plusMonths(contract.term().months());
        if (!contracts.renew(accountId, command.version(), next, by.id(), now)) {
            throw SuccessRuleBroken.staleVersion();
        }
        long before = book.at(accountId, due.minusDays(1));
        long decision = decisions.insert(
                accountId,
                RenewalOutcome.RENEWED,
                due,
                contract.term(),
                before,
                command.mrr(),
                null,
                null,
                by.id(),
                now);
        book.set(accountId, due, command.mrr(), MrrSource.RENEWAL, decision, by.id());
        timeline.record(SuccessTimeline.renewed(
                accountId,
                due,
                command.mrr(),
                next,
                now,
                by.id(),
                by.department().orElse(null),
                decision));
        return new RenewalDecision(
                accountId,
                RenewalOutcome.RENEWED,
                due,
                next,
                before,
                command.mrr(),
                MovementDerivation.kind(before, command.mrr(), true),
                contracts.find(accountId).orElseThrow().version());
    }

    public RenewalDecision lose(long accountId, LoseContract command, SignedInUser by) {
        SuccessAccess.checkChange(by);
        String code = command.reasonCode() == null ? "" : command.reasonCode().strip();
        if (code.isEmpty()) {
            throw SuccessRuleBroken.reasonRequired();
        }
        ChurnReason reason =
                reasons.find(code).filter(ChurnReason::active).orElseThrow(() -> SuccessRuleBroken.unknownReason(code));
        String comment = command.comment() == null ? "" : command.comment().strip();
        if (comment.isEmpty()) {
            throw SuccessRuleBroken.commentRequired();
        }
        if (comment.length() > LoseContract.MAX_COMMENT) {
            throw SuccessRuleBroken.commentTooLong(LoseContract.MAX_COMMENT);
        }
        Contract contract = current(accountId, command.version());
        Instant now = clock.now();
        LocalDate due = contract.nextRenewal(clock.today());
        if (!contracts.lose(accountId, command.version(), due, reason.code(), comment, by.id(), now)) {
            throw SuccessRuleBroken.staleVersion();
        }
        long before = book.at(accountId, due.minusDays(1));
        long decision = decisions.insert(
                accountId, RenewalOutcome.LOST, due, contract.term(), before, 0, reason.code(), comment, by.id(), now);
        book.set(accountId, due, 0, MrrSource.RENEWAL, decision, by.id());
        timeline.record(SuccessTimeline.lost(
                accountId,
                due,
                reason.label(Locale.JAPANESE),
                comment,
                now,
                by.id(),
                by.department().orElse(null),
                decision));
        churnLeads(accountId, reason, by);
        return new RenewalDecision(
                accountId,
                RenewalOutcome.LOST,
                due,
                null,
                before,
                0,
                before > 0 ? MovementKind.CHURN : null,
                contracts.find(accountId).orElseThrow().version());
    }

    /** The contract as the user saw it: it exists, is active and has the version they read. */
    private Contract current(long accountId, Integer version) {
        if (version == null) {
            throw SuccessRuleBroken.versionRequired();
        }
        Contract contract = contracts.find(accountId).orElseThrow(() -> SuccessRuleBroken.noContract(accountId));
        if (!contract.active()) {
            throw SuccessRuleBroken.contractChurned();
        }
        if (contract.version() != version) {
            throw SuccessRuleBroken.staleVersion();
        }
        return contract;
    }

    /** The relay's side of a churn: the account's leads that are customers leave the funnel as CHURNED. */
    private void churnLeads(long accountId, ChurnReason reason, SignedInUser by) {
        relay.leads(accountId).stream()
                .filter(lead -> lead.stage() == LifecycleStage.CUSTOMER)
                .forEach(lead -> lifecycle.move(
                        lead.id(), new MoveStage(LifecycleStage.CHURNED, reason.labelJa(), lead.version()), by));
    }
}
