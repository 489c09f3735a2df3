package dev.tasuki.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.CompanyClue;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.HistoryImport;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.Leads;

/**
 * Writes leads: a row whose id was imported before, or whose email a lead has, updates that lead (its fields, and its
 * history continued with the newer entries); the same row again changes nothing; other rows are new leads, written with
 * their history in one batch through the relay's {@link HistoryImport}, joined to the account their email's domain or
 * company name matches (matched for the whole batch at once).
 */
@Component
class LeadWriter implements RecordWriter<IncomingLead> {

    static final String KIND = "LEAD";

    private final HistoryImport history;
    private final Leads leads;
    private final Accounts accounts;
    private final ImportedRecords records;
    private final Messages messages;
    private final OrganisationClock clock;

    LeadWriter(
            HistoryImport history,
            Leads leads,
            Accounts accounts,
            ImportedRecords records,
            Messages messages,
            OrganisationClock clock) {
        this.history = history;
        this.leads = leads;
        this.accounts = accounts;
        this.records = records;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void write(String source, List<Incoming<IncomingLead>> batch, Tally tally, SignedInUser by) {
        Map<String, ImportedRecords.Known> known = records.of(source, KIND, batch);
        Map<String, Long> byEmail = history.leadIdsByEmail(batch.stream()
                .map(row -> row.value().details().email())
                .filter(Objects::nonNull)
                .toList());
        List<Incoming<IncomingLead>> fresh = new ArrayList<>();
        List<ImportedRecords.Link> links = new ArrayList<>();
        for (Incoming<IncomingLead> row : batch) {
            ImportedRecords.Known before = row.externalId() == null ? null : known.get(row.externalId());
            Long emailOwner = emailKey(row).map(byEmail::get).orElse(null);
            Long existing = before != null ? Long.valueOf(before.recordId()) : emailOwner;
            if (existing == null) {
                fresh.add(row);
            } else if (before != null && before.fingerprint().equals(row.fingerprint())) {
                tally.countUnchanged();
            } else if (emailOwner != null && !emailOwner.equals(existing)) {
                tally.reject(List.of(row.error(
                        "email",
                        messages.of(
                                "exchange.import.emailTaken",
                                row.value().details().email()))));
            } else {
                update(existing, row.value(), by);
                tally.countUpdated();
                row.linkTo(existing, links);
            }
        }
        if (!fresh.isEmpty()) {
            Map<CompanyClue, Long> matched = accounts.matchAll(
                    fresh.stream().map(row -> clue(row.value())).toList());
            List<Long> ids = history.importLeads(fresh.stream()
                    .map(row -> imported(row.value(), matched.get(clue(row.value())), by))
                    .toList());
            for (int i = 0; i < fresh.size(); i++) {
                tally.countCreated();
                fresh.get(i).linkTo(ids.get(i), links);
            }
        }
        tally.historyWritten();
        records.remember(source, KIND, links, known.keySet(), clock.now());
    }

    private static CompanyClue clue(IncomingLead lead) {
        return new CompanyClue(lead.details().email(), lead.details().companyName());
    }

    private static ImportedLead imported(IncomingLead lead, Long account, SignedInUser by) {
        return new ImportedLead(lead.details(), account, lead.createdAt(), by.id(), lead.entries(), List.of());
    }

    /** The file's values over the lead's, where the file has one; the history goes on from the lead's current stage. */
    private void update(long id, IncomingLead incoming, SignedInUser by) {
        Lead lead = leads.get(id);
        LeadDetails file = incoming.details();
        LeadDetails now = LeadDetails.of(lead);
        LeadDetails merged = new LeadDetails(
                or(file.familyName(), now.familyName()),
                or(file.givenName(), now.givenName()),
                now.familyNameKana(),
                now.givenNameKana(),
                or(file.email(), now.email()),
                or(file.phone(), now.phone()),
                or(file.companyName(), now.companyName()),
                or(file.title(), now.title()),
                now.industry(),
                now.employeeBand(),
                now.segment(),
                file.source(),
                now.campaignId(),
                file.ownerId() != null ? file.ownerId() : now.ownerId());
        if (!merged.equals(now)) {
            leads.change(id, merged, lead.version(), by);
        }
        history.continueHistory(id, lead.accountId(), incoming.entries());
    }

    private static java.util.Optional<String> emailKey(Incoming<IncomingLead> row) {
        return java.util.Optional.ofNullable(row.value().details().email())
                .map(email -> email.strip().toLowerCase(Locale.ROOT));
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
