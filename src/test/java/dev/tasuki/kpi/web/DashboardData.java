package dev.tasuki.kpi.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.tasuki.TestUsers;
import dev.tasuki.kpi.KpiReadModels;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.HistoryImport;
import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * Hand-made leads for the dashboard tests, imported with their stage entries at chosen Tokyo times through the relay's
 * history import, in years no other test uses (2010 to 2012), so the demo organisation's last eighteen months never mix
 * in.
 */
@TestComponent
class DashboardData {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final HistoryImport history;
    private final KpiReadModels readModels;
    private final TestUsers users;

    DashboardData(HistoryImport history, KpiReadModels readModels, TestUsers users) {
        this.history = history;
        this.readModels = readModels;
        this.users = users;
    }

    /** A lead of the source whose entries are given as stage, Tokyo time, stage, Tokyo time … (the first is LEAD). */
    long lead(LeadSource source, Object... stagesAndTimes) {
        return lead(source, List.of(), stagesAndTimes);
    }

    /** The same with its Marketing → Inside Sales handoff, sent at a Tokyo time with a 24-hour SLA and answered so. */
    long leadHandedOff(
            LeadSource source,
            String sentAt,
            HandoffStatus status,
            String respondedAt,
            String reason,
            Object... stagesAndTimes) {
        long marketing = users.signedIn(TestUsers.MARKETING_MEMBER).id();
        Instant sent = tokyo(sentAt);
        return lead(
                source,
                List.of(new ImportedLead.PastHandoff(
                        HandoffKind.MKT_IS,
                        marketing,
                        sent,
                        sent.plusSeconds(24 * 3600),
                        "引き継ぎ",
                        new Bant(null, null, null, null),
                        null,
                        status,
                        respondedAt == null
                                ? null
                                : users.signedIn(TestUsers.INSIDE_SALES_MEMBER).id(),
                        respondedAt == null ? null : tokyo(respondedAt),
                        reason,
                        null)),
                stagesAndTimes);
    }

    private long lead(LeadSource source, List<ImportedLead.PastHandoff> handoffs, Object... stagesAndTimes) {
        List<ImportedLead.Entry> entries = new ArrayList<>();
        for (int i = 0; i < stagesAndTimes.length; i += 2) {
            entries.add(new ImportedLead.Entry(
                    (LifecycleStage) stagesAndTimes[i], tokyo((String) stagesAndTimes[i + 1]), null));
        }
        String name = "画面" + UUID.randomUUID().toString().substring(0, 8);
        LeadDetails details = new LeadDetails(
                "計測",
                name,
                null,
                null,
                name + "@dashboard.example",
                null,
                "計測株式会社",
                null,
                null,
                null,
                null,
                source,
                null,
                null);
        return history.importLeads(
                        List.of(new ImportedLead(details, null, entries.get(0).at(), null, entries, handoffs)))
                .get(0);
    }

    void rebuild() {
        readModels.rebuild();
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }
}
