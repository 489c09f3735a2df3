package dev.tasuki.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealHistoryImport;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.Deals;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * Writes deals through the deal module's {@link DealHistoryImport}. The company is the account the other system's
 * company id was imported as, else the one account of that name; a deal whose company is neither is rejected (import
 * the companies first). Found again by id, else by name within the account. An export has no stage history: a deal is
 * in its stage from its creation, and a closed one went from the pipeline's first stage to its close at the closing.
 */
@Component
class DealWriter implements RecordWriter<IncomingDeal> {

    static final String KIND = "DEAL";

    private final DealHistoryImport dealImport;
    private final Deals deals;
    private final Accounts accounts;
    private final ImportedRecords records;
    private final Messages messages;
    private final OrganisationClock clock;

    DealWriter(
            DealHistoryImport dealImport,
            Deals deals,
            Accounts accounts,
            ImportedRecords records,
            Messages messages,
            OrganisationClock clock) {
        this.dealImport = dealImport;
        this.deals = deals;
        this.accounts = accounts;
        this.records = records;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void write(String source, List<Incoming<IncomingDeal>> batch, Tally tally, SignedInUser by) {
        Map<String, ImportedRecords.Known> known = records.of(source, KIND, batch);
        List<Incoming<IncomingDeal>> fresh = new ArrayList<>();
        List<PastDeal> freshDeals = new ArrayList<>();
        List<ImportedRecords.Link> links = new ArrayList<>();
        String firstStage = deals.stages().stream()
                .filter(DealStage::open)
                .findFirst()
                .orElseThrow()
                .code();
        for (Incoming<IncomingDeal> row : batch) {
            IncomingDeal deal = row.value();
            Optional<Long> account = account(source, deal);
            if (account.isEmpty()) {
                String company = deal.companyName() != null ? deal.companyName() : deal.companyId();
                tally.reject(List.of(row.error(
                        deal.companyName() != null ? "company" : "companyId",
                        messages.of("exchange.import.companyUnknown", company))));
                continue;
            }
            PastDeal past = past(deal, account.get(), firstStage, by);
            ImportedRecords.Known before = row.externalId() == null ? null : known.get(row.externalId());
            Optional<Long> existing = before != null
                    ? Optional.of(before.recordId())
                    : deals.ofAccount(account.get()).stream()
                            .filter(other -> other.name().equals(deal.name()))
                            .map(Deal::id)
                            .findFirst();
            if (existing.isEmpty()) {
                fresh.add(row);
                freshDeals.add(past);
            } else if (before != null && before.fingerprint().equals(row.fingerprint())) {
                tally.countUnchanged();
            } else {
                dealImport.updateImported(existing.get(), past, clock.now());
                tally.countUpdated();
                row.linkTo(existing.get(), links);
            }
        }
        if (!fresh.isEmpty()) {
            List<Long> ids = dealImport.importDeals(freshDeals);
            for (int i = 0; i < fresh.size(); i++) {
                tally.countCreated();
                fresh.get(i).linkTo(ids.get(i), links);
            }
        }
        records.remember(source, KIND, links, known.keySet(), clock.now());
    }

    private static PastDeal past(IncomingDeal deal, long accountId, String firstStage, SignedInUser by) {
        PastDeal.Move opened =
                new PastDeal.Move(deal.closedAt() == null ? deal.stage() : firstStage, deal.createdAt(), null);
        List<PastDeal.Move> moves = deal.closedAt() == null
                ? List.of(opened)
                : List.of(opened, new PastDeal.Move(deal.stage(), deal.closedAt(), null));
        return new PastDeal(
                accountId,
                null,
                deal.name(),
                deal.type(),
                deal.amount(),
                deal.mrr(),
                ContractTerm.ANNUAL,
                deal.closeOn(),
                deal.ownerId(),
                Department.FIELD_SALES,
                deal.createdAt(),
                by.id(),
                moves,
                null,
                null,
                null);
    }

    private Optional<Long> account(String source, IncomingDeal deal) {
        if (deal.companyId() != null) {
            Optional<Long> imported = records.recordOf(source, AccountWriter.KIND, deal.companyId());
            if (imported.isPresent() || deal.companyName() == null) {
                return imported;
            }
        }
        return accounts.matchFor(null, deal.companyName()).map(Account::id);
    }
}
