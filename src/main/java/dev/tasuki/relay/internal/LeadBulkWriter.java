package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.BatchInsert;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.ReasonCode;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.ScoringRule;

/**
 * Batch inserts of leads, their stage entries and their handoffs: one round trip per batch rather
 * than per row, so thousands of leads with their history load in seconds.
 */
@Component
public class LeadBulkWriter {

    private final JdbcTemplate jdbc;
    private final LeadScoring scoring;
    private final CustomerImport customerImport;
    private final ReasonCodes reasons;
    private final UserDirectory directory;

    LeadBulkWriter(JdbcTemplate jdbc, LeadScoring scoring, CustomerImport customerImport, ReasonCodes reasons,
            UserDirectory directory) {
        this.jdbc = jdbc;
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
                entries.add(new Object[] {id, lead.accountId(), previous == null ? null : previous.name(), entry.stage().name(),
                        utc(entry.at()), entry.byUserId(), previous == null ? "CREATE" : "IMPORT"});
                timeline.add(RelayTimeline.stageDraft(lead.accountId(), id, previous, entry.stage(), entry.at(), entry.byUserId(),
                        departments.get(entry.byUserId())));
                previous = entry.stage();
            }
            for (ImportedLead.PastHandoff handoff : lead.handoffs()) {
                handoffs.add(new Object[] {id, lead.accountId(), handoff.kind().name(), handoff.status().name(),
                        handoff.kind().from().name(), handoff.kind().to().name(), handoff.sentBy(), utc(handoff.createdAt()),
                        utc(handoff.dueAt()), handoff.note(), handoff.bant().budget(), handoff.bant().authority(),
                        handoff.bant().need(), handoff.bant().timing(), utc(handoff.appointmentAt()), handoff.respondedBy(),
                        utc(handoff.respondedAt()), handoff.reasonCode(), handoff.responseComment()});
                timeline.add(RelayTimeline.handoffDraft("HANDOFF_SENT", lead.accountId(), id, handoff.kind(), handoff.createdAt(),
                        handoff.sentBy(), departments.get(handoff.sentBy()), null, null, null));
                if (handoff.status() != HandoffStatus.PENDING) {
                    boolean accepted = handoff.status() == HandoffStatus.ACCEPTED;
                    timeline.add(RelayTimeline.handoffDraft(accepted ? "HANDOFF_ACCEPTED" : "HANDOFF_REJECTED", lead.accountId(), id,
                            handoff.kind(), handoff.respondedAt(), handoff.respondedBy(), departments.get(handoff.respondedBy()),
                            accepted ? null : RelayTimeline.reasonLabel(handoff.reasonCode(), reasonCodes),
                            accepted ? null : handoff.responseComment(), null));
                }
            }
        }
        jdbc.batchUpdate("""
                insert into stage_entry (lead_id, account_id, from_stage, to_stage, entered_at, by_user_id, via)
                values (?, ?, ?, ?, ?, ?, ?)
                """, entries);
        jdbc.batchUpdate("""
                insert into handoff (lead_id, account_id, kind, status, from_department, to_department, sent_by, created_at,
                                     due_at, note, budget, authority, need, timing, appointment_at, responded_by, responded_at,
                                     reason_code, response_comment, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, handoffs);
        customerImport.recordTimeline(timeline);
        return ids;
    }

    /** New leads have no activities yet: their score is what their attributes give, set as they are written. */
    private List<Long> insertLeads(List<ImportedLead> leads) {
        List<ScoringRule> attributeRules = scoring.attributeRules();
        return BatchInsert.returningIds(jdbc, """
                insert into lead (account_id, family_name, given_name, family_name_kana, given_name_kana, email, phone,
                                  company_name, title, industry, employee_band, segment, source, campaign_id, owner_id,
                                  stage, stage_entered_at, score, created_at, created_by, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, leads, (insert, lead) -> {
                    LeadDetails d = lead.details();
                    ImportedLead.Entry last = lead.entries().get(lead.entries().size() - 1);
                    int p = 1;
                    setLong(insert, p++, lead.accountId());
                    insert.setString(p++, d.familyName());
                    insert.setString(p++, d.givenName());
                    insert.setString(p++, d.familyNameKana());
                    insert.setString(p++, d.givenNameKana());
                    insert.setString(p++, LeadTable.normaliseEmail(d.email()));
                    insert.setString(p++, d.phone());
                    insert.setString(p++, d.companyName());
                    insert.setString(p++, d.title());
                    insert.setString(p++, LeadTable.nameOf(d.industry()));
                    insert.setString(p++, LeadTable.nameOf(d.employeeBand()));
                    insert.setString(p++, LeadTable.nameOf(d.segment()));
                    insert.setString(p++, d.source().name());
                    setLong(insert, p++, d.campaignId());
                    setLong(insert, p++, d.ownerId());
                    insert.setString(p++, last.stage().name());
                    insert.setObject(p++, utc(last.at()));
                    insert.setInt(p++, LeadScoring.attributePoints(attributeRules, d));
                    insert.setObject(p++, utc(lead.createdAt()));
                    setLong(insert, p++, lead.createdBy());
                    insert.setObject(p++, utc(last.at()));
                });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
