package dev.tasuki.demo.internal;

import java.time.Instant;
import java.util.List;

import dev.tasuki.customer.PastActivity;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * A lead of the demo as planned, before it has an id: its person, its company (an index into the
 * plan's accounts), its source and campaign (an index into the plan's campaigns, or null), and its
 * journey. The ids of accounts and campaigns are only known once they are written.
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
        List<FunnelJourney.Touch> touches) {

    PlannedLead {
        entries = List.copyOf(entries);
        handoffs = List.copyOf(handoffs);
        touches = List.copyOf(touches);
    }

    LifecycleStage stage() {
        return entries.get(entries.size() - 1).stage();
    }

    boolean reached(LifecycleStage stage) {
        return entries.stream().anyMatch(entry -> entry.stage() == stage);
    }

    ImportedLead toImported(DemoCompanies.Company of, long accountId, Long campaignId) {
        LeadDetails details = new LeadDetails(person.family().kanji(), person.given().kanji(), person.family().kana(),
                person.given().kana(), email, phone, of.name(), title, of.industry(), of.band(), of.segment(), source, campaignId,
                ownerId);
        return new ImportedLead(details, accountId, createdAt, createdBy, entries, handoffs);
    }

    List<PastActivity> activities(long accountId, long leadId) {
        return touches.stream().map(touch -> new PastActivity(accountId, null, leadId, touch.kind(), touch.subject(), touch.body(),
                touch.at(), touch.by(), touch.department())).toList();
    }
}
