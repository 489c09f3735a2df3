package dev.tasuki.customer.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;

/** What the customer module itself writes to the timeline: a record added, an owner changed. */
@Component
public class CustomerHistory {

    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_OWNER_CHANGED = "ACCOUNT_OWNER_CHANGED";
    public static final String CONTACT_CREATED = "CONTACT_CREATED";
    public static final String CONTACT_OWNER_CHANGED = "CONTACT_OWNER_CHANGED";

    private final Timeline timeline;
    private final UserDirectory directory;

    CustomerHistory(Timeline timeline, UserDirectory directory) {
        this.timeline = timeline;
        this.directory = directory;
    }

    public void accountCreated(long accountId, SignedInUser by) {
        timeline.record(draft(accountId, null, ACCOUNT_CREATED, List.of(), by));
    }

    public void accountOwnerChanged(long accountId, Long newOwner, SignedInUser by) {
        timeline.record(draft(accountId, null, ACCOUNT_OWNER_CHANGED, List.of(ownerName(newOwner)), by));
    }

    public void contactCreated(long contactId, Long accountId, String contactName, SignedInUser by) {
        timeline.record(draft(accountId, contactId, CONTACT_CREATED, List.of(TimelineEntry.text(contactName)), by));
    }

    public void contactOwnerChanged(
            long contactId, Long accountId, String contactName, Long newOwner, SignedInUser by) {
        timeline.record(draft(
                accountId,
                contactId,
                CONTACT_OWNER_CHANGED,
                List.of(TimelineEntry.text(contactName), ownerName(newOwner)),
                by));
    }

    private String ownerName(Long owner) {
        return owner == null
                ? TimelineEntry.key("identity.owner.none")
                : TimelineEntry.text(directory.get(owner).name().display());
    }

    private static TimelineEntry.Draft draft(
            Long accountId, Long contactId, String kind, List<String> arguments, SignedInUser by) {
        return new TimelineEntry.Draft(
                accountId, contactId, null, kind, null, by.id(), by.department().orElse(null), arguments, null, null);
    }
}
