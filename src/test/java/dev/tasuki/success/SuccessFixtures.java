package dev.tasuki.success;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.DealWon;

/**
 * Customers for Customer Success tests: real accounts made through {@link Accounts}, and deals won by publishing
 * {@link DealWon} in a transaction, as the deal module will.
 */
@Component
public class SuccessFixtures {

    private static final AtomicLong DEALS = new AtomicLong(900_000);

    private final Accounts accounts;
    private final TestUsers users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SuccessFixtures(
            Accounts accounts,
            TestUsers users,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Account account(String name) {
        return accounts.create(
                new NewAccount(name + " " + System.nanoTime(), null, null, null, null, null, null, null, null, null),
                users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    public Account accountNamed(String exactName) {
        return accounts.create(
                new NewAccount(exactName, null, null, null, null, null, null, null, null, null),
                users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    public DealWon win(long accountId, DealType type, long mrr, ContractTerm term, LocalDate start) {
        long fieldSales = users.signedIn(TestUsers.FIELD_SALES_MEMBER).id();
        DealWon won = new DealWon(
                DEALS.incrementAndGet(),
                accountId,
                null,
                type,
                mrr * term.months(),
                mrr,
                term,
                start,
                Instant.now(),
                fieldSales);
        transaction.executeWithoutResult(status -> events.publishEvent(won));
        return won;
    }
}
