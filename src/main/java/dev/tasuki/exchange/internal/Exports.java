package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.customer.Contacts;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.Deals;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.Page;
import dev.tasuki.relay.LeadQuery;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.QueueItem;
import dev.tasuki.relay.WorkQueue;
import dev.tasuki.success.CustomerQuery;
import dev.tasuki.success.Customers;

/**
 * The lists as sheets: the same filters as the list pages, every page of the result (read a page at a time), column
 * names and labels in the user's language, times in the organisation's time zone. Every signed-in user reads these
 * lists (docs/relay.md, customer.md, deals.md, success.md), so every signed-in user may export them.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Leads leads;
    private final Accounts accounts;
    private final Contacts contacts;
    private final Deals deals;
    private final Customers customers;
    private final WorkQueue queue;
    private final UserDirectory directory;
    private final Messages messages;
    private final OrganisationClock clock;

    Exports(
            Leads leads,
            Accounts accounts,
            Contacts contacts,
            Deals deals,
            Customers customers,
            WorkQueue queue,
            UserDirectory directory,
            Messages messages,
            OrganisationClock clock) {
        this.leads = leads;
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.customers = customers;
        this.queue = queue;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    public void leads(LeadQuery filter, Sheet sheet) {
        Map<Long, String> people = people();
        header(
                sheet,
                "id",
                "familyName",
                "givenName",
                "email",
                "phone",
                "company",
                "title",
                "source",
                "stage",
                "stageEnteredAt",
                "owner",
                "score",
                "createdAt");
        Page.each(
                page -> leads.search(new LeadQuery(
                        filter.text(),
                        filter.stage(),
                        filter.source(),
                        filter.campaignId(),
                        filter.ownerId(),
                        filter.sort(),
                        filter.descending(),
                        page,
                        Page.MAX_SIZE)),
                lead -> write(
                        sheet,
                        lead.id(),
                        lead.name().familyName(),
                        lead.name().givenName(),
                        lead.email(),
                        lead.phone(),
                        lead.companyName(),
                        lead.title(),
                        label(lead.source().messageKey()),
                        label(lead.stage().messageKey()),
                        time(lead.stageEnteredAt()),
                        people.get(lead.ownerId()),
                        lead.score(),
                        time(lead.createdAt())));
    }

    public void accounts(AccountSearch filter, Sheet sheet) {
        Map<Long, String> people = people();
        header(sheet, "id", "name", "nameKana", "domain", "phone", "owner", "createdAt");
        Page.each(
                page -> accounts.search(new AccountSearch(
                        filter.q(),
                        filter.industry(),
                        filter.segment(),
                        filter.employeeBand(),
                        filter.ownerId(),
                        filter.sort(),
                        page,
                        Page.MAX_SIZE)),
                account -> write(
                        sheet,
                        account.id(),
                        account.name(),
                        account.nameKana(),
                        account.domain(),
                        account.phone(),
                        people.get(account.ownerId()),
                        time(account.createdAt())));
    }

    public void contacts(ContactSearch filter, Sheet sheet) {
        Map<Long, String> people = people();
        header(sheet, "id", "account", "familyName", "givenName", "email", "phone", "title", "departmentName", "owner");
        Page.each(
                page -> contacts.search(new ContactSearch(
                        filter.q(), filter.accountId(), filter.ownerId(), filter.sort(), page, Page.MAX_SIZE)),
                contact -> write(
                        sheet,
                        contact.id(),
                        contact.accountName(),
                        contact.name().familyName(),
                        contact.name().givenName(),
                        contact.email(),
                        contact.phone(),
                        contact.title(),
                        contact.departmentName(),
                        people.get(contact.ownerId())));
    }

    public void deals(DealStatus status, String stage, Long owner, DealType type, Sheet sheet) {
        Map<Long, String> people = people();
        Map<Long, String> accountNames = new HashMap<>();
        header(
                sheet,
                "id",
                "name",
                "account",
                "type",
                "amount",
                "mrr",
                "stage",
                "status",
                "expectedCloseOn",
                "owner",
                "closedAt",
                "createdAt");
        for (Deal deal : deals.search(status, stage, owner, type)) {
            String account = accountNames.computeIfAbsent(
                    deal.accountId(), id -> accounts.find(id).map(Account::name).orElse(""));
            write(
                    sheet,
                    deal.id(),
                    deal.name(),
                    account,
                    label(deal.type().messageKey()),
                    deal.amount(),
                    deal.mrr(),
                    deal.stage(),
                    label(deal.status().messageKey()),
                    deal.expectedCloseOn(),
                    people.get(deal.ownerId()),
                    time(deal.closedAt()),
                    time(deal.createdAt()));
        }
    }

    public void customers(CustomerQuery filter, Sheet sheet) {
        Map<Long, String> people = people();
        header(sheet, "accountId", "account", "owner", "mrr", "arr", "nextRenewal", "health", "score");
        Page.each(
                page -> customers
                        .page(new CustomerQuery(filter.ownerId(), filter.health(), filter.sort(), page, Page.MAX_SIZE))
                        .page(),
                row -> write(
                        sheet,
                        row.accountId(),
                        row.accountName(),
                        people.get(row.ownerId()),
                        row.mrr(),
                        row.arr(),
                        row.nextRenewal(),
                        row.health() == null
                                ? ""
                                : label("health.colour." + row.health().name()),
                        row.score()));
    }

    /** The handoffs waiting for a department, as its work queue lists them. */
    public void handoffs(Department department, Sheet sheet) {
        Map<Long, String> people = people();
        header(sheet, "id", "kind", "lead", "company", "stage", "sentBy", "sentAt", "dueAt", "note");
        for (QueueItem item : queue.waitingFor(department)) {
            write(
                    sheet,
                    item.handoff().id(),
                    item.handoff().kind().name(),
                    item.lead().label(),
                    item.lead().companyName(),
                    label(item.lead().stage().messageKey()),
                    people.get(item.handoff().sentBy()),
                    time(item.handoff().createdAt()),
                    time(item.handoff().dueAt()),
                    item.handoff().note());
        }
    }

    private Map<Long, String> people() {
        Map<Long, String> names = new HashMap<>();
        for (UserAccount user : directory.all()) {
            names.put(user.id(), user.name().display());
        }
        return names;
    }

    private void header(Sheet sheet, String... columns) {
        write(
                sheet,
                Stream.of(columns)
                        .map(column -> (Object) messages.of("exchange.export.column." + column))
                        .toArray());
    }

    private static void write(Sheet sheet, Object... values) {
        try {
            List<Object> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(value == null ? "" : value);
            }
            sheet.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(String key) {
        return messages.of(key);
    }

    private String time(Instant at) {
        return at == null ? "" : at.atZone(clock.zone()).format(TIME);
    }
}
