package dev.tasuki.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tasuki.customer.PastActivity;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * A lead of the demo as planned, before it has an id: its person, its company (an index into the plan's accounts), its
 * source and campaign (an index into the plan's campaigns, or null), its journey, and the deal Field Sales opened when
 * it became an opportunity (null before). The ids of accounts and campaigns are only known once they are written.
 */
record PlannedLead(
        int company,
        LeadSource source,
        Integer campaign,
        JapaneseNames.Person person,
        String email,
        String phone,
        String title,
        Instant createdAt,
        long createdBy,
        long ownerId,
        List<ImportedLead.Entry> entries,
        List<ImportedLead.PastHandoff> handoffs,
        List<FunnelJourney.Touch> touches,
        PlannedDeal deal) {

    PlannedLead {
        entries = List.copyOf(entries);
        handoffs = List.copyOf(handoffs);
        touches = List.copyOf(touches);
    }

    LifecycleStage stage() {
        return entries.get(entries.size() - 1).stage();
    }

    boolean reached(LifecycleStage stage) {
        return entered(stage).isPresent();
    }

    /** When it entered the stage first, if it did. */
    Optional<Instant> entered(LifecycleStage stage) {
        return entries.stream()
                .filter(entry -> entry.stage() == stage)
                .map(ImportedLead.Entry::at)
                .findFirst();
    }

    /** The same lead, gone from the customers with its account at that moment. */
    PlannedLead churned(Instant at, long by) {
        List<ImportedLead.Entry> more = new ArrayList<>(entries);
        more.add(new ImportedLead.Entry(LifecycleStage.CHURNED, at, by));
        return new PlannedLead(
                company, source, campaign, person, email, phone, title, createdAt, createdBy, ownerId, more, handoffs,
                touches, deal);
    }

    ImportedLead toImported(DemoCompanies.Company of, long accountId, Long campaignId) {
        LeadDetails details = new LeadDetails(
                person.family().kanji(),
                person.given().kanji(),
                person.family().kana(),
                person.given().kana(),
                email,
                phone,
                of.name(),
                title,
                of.industry(),
                of.band(),
                of.segment(),
                source,
                campaignId,
                ownerId);
        return new ImportedLead(details, accountId, createdAt, createdBy, entries, handoffs);
    }

    List<PastActivity> activities(long accountId, long leadId) {
        return touches.stream()
                .map(touch -> new PastActivity(
                        accountId,
                        null,
                        leadId,
                        touch.kind(),
                        touch.subject(),
                        touch.body(),
                        touch.at(),
                        touch.by(),
                        touch.department()))
                .toList();
    }
}
