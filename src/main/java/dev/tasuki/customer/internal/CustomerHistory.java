package dev.tasuki.customer.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;

/** What the customer module itself writes to the timeline: a record added, an owner changed. */
@Component
public class CustomerHistory {

    private final Timeline timeline;
    private final UserDirectory directory;

    CustomerHistory(Timeline timeline, UserDirectory directory) {
        this.timeline = timeline;
        this.directory = directory;
    }

    public void accountCreated(long accountId, SignedInUser by) {
        timeline.record(draft(accountId, null, TimelineKind.ACCOUNT_CREATED, List.of(), by));
    }

    public void accountOwnerChanged(long accountId, Long newOwner, SignedInUser by) {
        timeline.record(draft(accountId, null, TimelineKind.ACCOUNT_OWNER_CHANGED, List.of(ownerName(newOwner)), by));
    }

    public void contactCreated(long contactId, Long accountId, String contactName, SignedInUser by) {
        timeline.record(draft(
                accountId, contactId, TimelineKind.CONTACT_CREATED, List.of(TimelineEntry.text(contactName)), by));
    }

    public void contactOwnerChanged(
            long contactId, Long accountId, String contactName, Long newOwner, SignedInUser by) {
        timeline.record(draft(
                accountId,
                contactId,
                TimelineKind.CONTACT_OWNER_CHANGED,
                List.of(TimelineEntry.text(contactName), ownerName(newOwner)),
                by));
    }

    private String ownerName(Long owner) {
        return owner == null
                ? TimelineEntry.key("identity.owner.none")
                : TimelineEntry.text(directory.get(owner).name().display());
    }

    private static TimelineEntry.Draft draft(
            Long accountId, Long contactId, TimelineKind kind, List<String> arguments, SignedInUser by) {
        return new TimelineEntry.Draft(
                accountId, contactId, null, kind, null, by.id(), by.department().orElse(null), arguments, null, null);
    }
}
