package dev.tasuki.success.internal;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.deal.DealWon;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.Contract;
import dev.tasuki.success.MrrSource;

/**
 * A won deal sets the account's MRR level from the contract's start, in the deal's transaction: a NEW deal sets it to
 * the deal's MRR and starts the contract, unless the account pays already (another part of the company buys: its MRR is
 * added, and the contract stays as it is); an EXPANSION adds the deal's MRR to the level of that day; a RENEWAL sets
 * the renewed level and moves the renewal day a term on. The movements follow from the levels (see {@link MrrBook}). A
 * plain synchronous listener on purpose: the level is part of winning the deal (a level refused refuses the win), so
 * the two commit together.
 */
@Component
class DealListener {

    private final MrrBook book;
    private final Contracts contracts;
    private final OrganisationClock clock;

    DealListener(MrrBook book, Contracts contracts, OrganisationClock clock) {
        this.book = book;
        this.contracts = contracts;
        this.clock = clock;
    }

    @EventListener
    void on(DealWon won) {
        LocalDate start = won.contractStart() != null
                ? won.contractStart()
                : won.at().atZone(clock.zone()).toLocalDate();
        switch (won.type()) {
            case NEW -> {
                if (book.at(won.accountId(), start.minusDays(1)) > 0) {
                    book.add(won.accountId(), start, won.mrr(), MrrSource.DEAL, won.dealId(), won.byUserId());
                } else {
                    book.set(won.accountId(), start, won.mrr(), MrrSource.DEAL, won.dealId(), won.byUserId());
                    contracts.start(won.accountId(), start, won.term(), won.dealId(), won.byUserId(), clock.now());
                }
            }
            case EXPANSION -> book.add(won.accountId(), start, won.mrr(), MrrSource.DEAL, won.dealId(), won.byUserId());
            case RENEWAL -> {
                book.set(won.accountId(), start, won.mrr(), MrrSource.DEAL, won.dealId(), won.byUserId());
                contracts
                        .find(won.accountId())
                        .ifPresentOrElse(
                                contract -> contracts.renewByDeal(
                                        won.accountId(),
                                        next(contract, start, won),
                                        won.term(),
                                        won.dealId(),
                                        won.byUserId(),
                                        clock.now()),
                                () -> contracts.start(
                                        won.accountId(), start, won.term(), won.dealId(), won.byUserId(), clock.now()));
            }
        }
    }

    /** The renewal that was due (a monthly contract's, rolled on to the deal's start) moved on by the deal's term. */
    private static LocalDate next(Contract contract, LocalDate start, DealWon won) {
        return contract.nextRenewal(start).plusMonths(won.term().months());
    }
}
