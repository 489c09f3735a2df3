package dev.tasuki.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.ContactRows;
import dev.tasuki.customer.internal.TimelineRows;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.PersonName;

/**
 * The customer's story, newest first: activities, stage changes, handoffs, deals, written by every module in its own
 * transaction through {@link #record(TimelineEntry.Draft)}. An account's timeline includes its contacts'.
 */
@Service
@Transactional
public class Timeline {

    /** How many entries a record's page shows, and the API gives when asked for no number. */
    public static final int DEFAULT_LIMIT = 50;

    public static final int MAX_LIMIT = 500;

    private final TimelineRows rows;
    private final ContactRows contacts;
    private final UserDirectory directory;
    private final OrganisationClock clock;

    Timeline(TimelineRows rows, ContactRows contacts, UserDirectory directory, OrganisationClock clock) {
        this.rows = rows;
        this.contacts = contacts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Writes an entry, joining the caller's transaction. An entry of a contact also belongs to its account. */
    public void record(TimelineEntry.Draft draft) {
        Long accountId = draft.accountId();
        if (accountId == null && draft.contactId() != null) {
            accountId = contacts.find(draft.contactId()).map(Contact::accountId).orElse(null);
        }
        TimelineEntry.Draft complete = new TimelineEntry.Draft(
                accountId,
                draft.contactId(),
                draft.leadId(),
                draft.kind(),
                draft.occurredAt(),
                draft.actorId(),
                draft.actorDepartment(),
                draft.arguments(),
                draft.detail(),
                draft.refId());
        rows.insert(complete, draft.occurredAt() == null ? clock.now() : draft.occurredAt());
    }

    /** The entries of the account and of its contacts, newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> ofAccount(long accountId, int limit) {
        return withActorNames(rows.ofAccount(accountId, clamp(limit)));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> ofContact(long contactId, int limit) {
        return withActorNames(rows.ofContact(contactId, clamp(limit)));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> ofLead(long leadId, int limit) {
        return withActorNames(rows.ofLead(leadId, clamp(limit)));
    }

    private List<TimelineEntry> withActorNames(List<TimelineEntry> entries) {
        Map<Long, PersonName> names = new HashMap<>();
        return entries.stream()
                .map(e -> e.actorId() == null
                        ? e
                        : new TimelineEntry(
                                e.id(),
                                e.accountId(),
                                e.contactId(),
                                e.leadId(),
                                e.kind(),
                                e.occurredAt(),
                                e.actorId(),
                                names.computeIfAbsent(
                                        e.actorId(), id -> directory.get(id).name()),
                                e.actorDepartment(),
                                e.arguments(),
                                e.detail(),
                                e.refId()))
                .toList();
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
