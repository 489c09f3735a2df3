package dev.tasuki.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountChange;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.CompanyClue;
import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.PastAccount;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/**
 * Writes accounts: found again by their id in the other system, else by domain, else by their one account of that name
 * ({@link Accounts#matchAll}, for the whole batch at once); found ones are updated through {@link Accounts}, new ones
 * written in one batch through {@link CustomerImport}. An account keeps its domain when the file's is already another
 * account's.
 */
@Component
class AccountWriter implements RecordWriter<IncomingAccount> {

    static final String KIND = "ACCOUNT";

    private final Accounts accounts;
    private final CustomerImport customerImport;
    private final ImportedRecords records;
    private final OrganisationClock clock;

    AccountWriter(Accounts accounts, CustomerImport customerImport, ImportedRecords records, OrganisationClock clock) {
        this.accounts = accounts;
        this.customerImport = customerImport;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void write(String source, List<Incoming<IncomingAccount>> batch, Tally tally, SignedInUser by) {
        Map<String, ImportedRecords.Known> known = records.of(source, KIND, batch);
        Map<CompanyClue, Long> matched =
                accounts.matchAll(batch.stream().map(AccountWriter::clue).toList());
        List<Incoming<IncomingAccount>> fresh = new ArrayList<>();
        List<ImportedRecords.Link> links = new ArrayList<>();
        for (Incoming<IncomingAccount> row : batch) {
            ImportedRecords.Known before = row.externalId() == null ? null : known.get(row.externalId());
            Long id = before != null ? Long.valueOf(before.recordId()) : matched.get(clue(row));
            Optional<Account> existing = id == null ? Optional.empty() : accounts.find(id);
            if (existing.isEmpty()) {
                fresh.add(row);
            } else if (before != null && before.fingerprint().equals(row.fingerprint())) {
                tally.countUnchanged();
            } else {
                update(existing.get(), row.value(), by);
                tally.countUpdated();
                row.linkTo(existing.get().id(), links);
            }
        }
        if (!fresh.isEmpty()) {
            List<Long> ids = customerImport.importAccounts(
                    fresh.stream().map(row -> past(row.value(), by)).toList());
            for (int i = 0; i < fresh.size(); i++) {
                tally.countCreated();
                fresh.get(i).linkTo(ids.get(i), links);
            }
        }
        records.remember(source, KIND, links, known.keySet(), clock.now());
    }

    private static CompanyClue clue(Incoming<IncomingAccount> row) {
        return new CompanyClue(row.value().domain(), row.value().name());
    }

    private static PastAccount past(IncomingAccount account, SignedInUser by) {
        return new PastAccount(
                account.name(),
                null,
                account.domain(),
                null,
                null,
                null,
                account.ownerId(),
                account.phone(),
                null,
                null,
                account.createdAt(),
                by.id());
    }

    private void update(Account account, IncomingAccount file, SignedInUser by) {
        String domain = account.domain();
        if (domain == null
                && file.domain() != null
                && accounts.matchFor(file.domain(), null).isEmpty()) {
            domain = file.domain();
        }
        AccountChange change = new AccountChange(
                file.name(),
                account.nameKana(),
                domain,
                account.industry(),
                account.employeeBand(),
                account.segment(),
                file.ownerId() != null ? file.ownerId() : account.ownerId(),
                file.phone() != null ? file.phone() : account.phone(),
                account.prefecture(),
                account.address(),
                account.version());
        if (!change.equals(AccountChange.of(account))) {
            accounts.change(account.id(), change, by);
        }
    }
}
