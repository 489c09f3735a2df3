package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.BatchInsert;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.ScoringRule;

/**
 * Batch inserts of leads, their stage entries and their handoffs: one round trip per batch rather than per row, so
 * thousands of leads with their history load in seconds.
 */
@Component
public class LeadBulkWriter {

    private static final String STAGE_ENTRY = "lead_id, account_id, from_stage, to_stage, entered_at, by_user_id, via";

    private final JdbcTemplate jdbc;
    private final LeadScoring scoring;
    private final CustomerImport customerImport;
    private final ReasonCodes reasons;
    private final UserDirectory directory;
    private final LeadTable table;

    LeadBulkWriter(
            JdbcTemplate jdbc,
            LeadScoring scoring,
            CustomerImport customerImport,
            ReasonCodes reasons,
            UserDirectory directory,
            LeadTable table) {
        this.jdbc = jdbc;
        this.table = table;
        this.scoring = scoring;
        this.customerImport = customerImport;
        this.reasons = reasons;
        this.directory = directory;
    }

    public List<Long> write(List<ImportedLead> leads) {
        List<Long> ids = insertLeads(leads);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> handoffs = new ArrayList<>();
        List<TimelineEntry.Draft> timeline = new ArrayList<>();
        Map<Long, Department> departments = new HashMap<>();
        directory.all().forEach(user -> departments.put(user.id(), user.department()));
        List<ReasonCode> reasonCodes = reasons.all();
        for (int i = 0; i < leads.size(); i++) {
            ImportedLead lead = leads.get(i);
            long id = ids.get(i);
            LifecycleStage previous = null;
            for (ImportedLead.Entry entry : lead.entries()) {
                entries.add(new Object[] {
                    id,
                    lead.accountId(),
                    previous == null ? null : previous.name(),
                    entry.stage().name(),
                    utc(entry.at()),
                    entry.byUserId(),
                    previous == null ? "CREATE" : "IMPORT"
                });
                timeline.add(RelayTimeline.stageDraft(
                        lead.accountId(),
                        id,
                        previous,
                        entry.stage(),
                        entry.at(),
                        entry.byUserId(),
                        departments.get(entry.byUserId())));
                previous = entry.stage();
            }
            for (ImportedLead.PastHandoff handoff : lead.handoffs()) {
                handoffs.add(new Object[] {
                    id,
                    lead.accountId(),
                    handoff.kind().name(),
                    handoff.status().name(),
                    handoff.kind().from().name(),
                    handoff.kind().to().name(),
                    handoff.sentBy(),
                    utc(handoff.createdAt()),
                    utc(handoff.dueAt()),
                    handoff.note(),
                    handoff.bant().budget(),
                    handoff.bant().authority(),
                    handoff.bant().need(),
                    handoff.bant().timing(),
                    utc(handoff.appointmentAt()),
                    handoff.respondedBy(),
                    utc(handoff.respondedAt()),
                    handoff.reasonCode(),
                    handoff.responseComment(),
                    0
                });
                timeline.add(RelayTimeline.handoffDraft(
                        TimelineKind.HANDOFF_SENT,
                        lead.accountId(),
                        id,
                        handoff.kind(),
                        handoff.createdAt(),
                        handoff.sentBy(),
                        departments.get(handoff.sentBy()),
                        null,
                        null,
                        null));
                if (handoff.status() != HandoffStatus.PENDING) {
                    boolean accepted = handoff.status() == HandoffStatus.ACCEPTED;
                    timeline.add(RelayTimeline.handoffDraft(
                            accepted ? TimelineKind.HANDOFF_ACCEPTED : TimelineKind.HANDOFF_REJECTED,
                            lead.accountId(),
                            id,
                            handoff.kind(),
                            handoff.respondedAt(),
                            handoff.respondedBy(),
                            departments.get(handoff.respondedBy()),
                            accepted ? null : RelayTimeline.reasonLabel(handoff.reasonCode(), reasonCodes),
                            accepted ? null : handoff.responseComment(),
                            null));
                }
            }
        }
        BatchInsert.rows(jdbc, "stage_entry", STAGE_ENTRY, entries);
        BatchInsert.rows(
                jdbc,
                "handoff",
                "lead_id, account_id, kind, status, from_department, to_department, sent_by,"
                        + " created_at, due_at, note, budget, authority, need, timing, appointment_at,"
                        + " responded_by, responded_at,"
                        + " reason_code, response_comment, version",
                handoffs);
        customerImport.recordTimeline(timeline);
        return ids;
    }

    /**
     * Continues a lead's history with the entries later than its current stage's entry (a newer export of the other
     * system): each is written via IMPORT with its timeline entry, and the lead takes the last one's stage.
     */
    public int append(long leadId, Long accountId, List<ImportedLead.Entry> entries) {
        Lead lead = table.find(leadId).orElseThrow();
        List<ImportedLead.Entry> later = entries.stream()
                .filter(entry -> entry.at().isAfter(lead.stageEnteredAt()))
                .toList();
        LifecycleStage previous = lead.stage();
        List<Object[]> rows = new ArrayList<>();
        List<TimelineEntry.Draft> timeline = new ArrayList<>();
        for (ImportedLead.Entry entry : later) {
            if (entry.stage() != previous) {
                rows.add(new Object[] {
                    leadId,
                    accountId,
                    previous.name(),
                    entry.stage().name(),
                    utc(entry.at()),
                    entry.byUserId(),
                    "IMPORT"
                });
                timeline.add(RelayTimeline.stageDraft(
                        accountId, leadId, previous, entry.stage(), entry.at(), entry.byUserId(), null));
                previous = entry.stage();
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        BatchInsert.rows(jdbc, "stage_entry", STAGE_ENTRY, rows);
        ImportedLead.Entry last = later.get(later.size() - 1);
        jdbc.update(
                "update lead set stage = ?, stage_entered_at = ?, version = version + 1 where id = ?",
                previous.name(),
                utc(last.at()),
                leadId);
        customerImport.recordTimeline(timeline);
        return rows.size();
    }

    /** New leads have no activities yet: their score is what their attributes give, set as they are written. */
    private List<Long> insertLeads(List<ImportedLead> leads) {
        List<ScoringRule> attributeRules = scoring.attributeRules();
        List<Object[]> rows = new ArrayList<>(leads.size());
        for (ImportedLead lead : leads) {
            LeadDetails d = lead.details();
            ImportedLead.Entry last = lead.entries().get(lead.entries().size() - 1);
            rows.add(new Object[] {
                lead.accountId(),
                d.familyName(),
                d.givenName(),
                d.familyNameKana(),
                d.givenNameKana(),
                LeadTable.normaliseEmail(d.email()),
                d.phone(),
                d.companyName(),
                d.title(),
                LeadTable.nameOf(d.industry()),
                LeadTable.nameOf(d.employeeBand()),
                LeadTable.nameOf(d.segment()),
                d.source().name(),
                d.campaignId(),
                d.ownerId(),
                last.stage().name(),
                utc(last.at()),
                LeadScoring.attributePoints(attributeRules, d),
                utc(lead.createdAt()),
                lead.createdBy(),
                utc(last.at()),
                0
            });
        }
        return BatchInsert.returningIds(
                jdbc,
                "lead",
                "account_id, family_name, given_name, family_name_kana,"
                        + " given_name_kana, email, phone, company_name, title, industry, employee_band, segment,"
                        + " source, campaign_id,"
                        + " owner_id, stage, stage_entered_at, score, created_at, created_by, updated_at, version",
                rows);
    }
}
