package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.platform.HistoryWritten;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.StageEntry;

/**
 * HubSpot contacts exports as HubSpot writes them: the stage history rebuilt from the "Became a … Date" columns with
 * the implied entries, the same file imported twice changing nothing, a newer file updating what changed, a bad row
 * stopping the whole file, and a dry run changing nothing.
 */
@IntegrationTest
@Import(ImportFixtures.class)
class HubspotImportTests {

    @Autowired
    ImportFixtures fixtures;

    @Autowired
    Leads leads;

    @Autowired
    EventRecorder events;

    @Autowired
    MockMvcTester mvc;

    /** Three contacts; times without an offset are Tokyo time (UTC+9). */
    private static String contacts(String u) {
        return """
                Record ID,First Name,Last Name,Email,Company Name,Lifecycle Stage,Create Date,Original Source,Became \
                a Lead Date,Became a Marketing Qualified Lead Date,Became a Sales Qualified Lead Date,Became an \
                Opportunity Date,Became a Customer Date,Contact owner
                %1$s-1,Misaki,Sato,misaki-%1$s@example.com,"Tsunagi, Inc.",customer,2026-01-05 09:00,Paid \
                Search,2026-01-05 09:00,2026-01-10 10:00,2026-01-20 15:30,2026-02-01 11:00,2026-03-15,
                %1$s-2,Ken,Ito,ken-%1$s@example.com,Ito Shoji,Marketing Qualified Lead,2026-02-03 08:15,Organic \
                Search,2026-02-03 08:15,2026-02-04 12:00,,,,
                %1$s-3,Aya,Mori,aya-%1$s@example.com,Mori Kogyo,opportunity,2026/02/10 13:00,REFERRALS,,,,2026/02/20 \
                17:45,,
                """.formatted(u);
    }

    @Test
    void historyIsRebuiltFromTheBecameDatesWithImpliedEntries() {
        String u = ImportFixtures.unique();
        int before = events.all(HistoryWritten.class).size();

        MvcTestResult result = fixtures.post("format=hubspot-contacts", contacts(u));

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPLIED");
        assertThat(result).bodyJson().extractingPath("$.created").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.rejected").isEqualTo(0);
        assertThat(events.all(HistoryWritten.class))
                .as("announced once for the whole file")
                .hasSize(before + 1);

        Lead misaki = fixtures.lead("misaki-" + u + "@example.com").orElseThrow();
        assertThat(misaki.stage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(misaki.source()).isEqualTo(LeadSource.ADVERTISING);
        assertThat(misaki.companyName()).isEqualTo("Tsunagi, Inc.");
        // 09:00 in Tokyo is 00:00 UTC; SQL at 15:30 (06:30 UTC) implies SAL at the same time; the customer date has no
        // time, so midnight in Tokyo: 2026-03-14T15:00Z.
        assertThat(leads.history(misaki.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, Instant.parse("2026-01-05T00:00:00Z")),
                        tuple(LifecycleStage.MQL, Instant.parse("2026-01-10T01:00:00Z")),
                        tuple(LifecycleStage.SAL, Instant.parse("2026-01-20T06:30:00Z")),
                        tuple(LifecycleStage.SQL, Instant.parse("2026-01-20T06:30:00Z")),
                        tuple(LifecycleStage.OPPORTUNITY, Instant.parse("2026-02-01T02:00:00Z")),
                        tuple(LifecycleStage.CUSTOMER, Instant.parse("2026-03-14T15:00:00Z")));

        Lead ken = fixtures.lead("ken-" + u + "@example.com").orElseThrow();
        assertThat(leads.history(ken.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, Instant.parse("2026-02-02T23:15:00Z")),
                        tuple(LifecycleStage.MQL, Instant.parse("2026-02-04T03:00:00Z")));

        // Only the opportunity date: MQL, SAL and SQL are implied at the jump, 17:45 Tokyo = 08:45 UTC.
        Lead aya = fixtures.lead("aya-" + u + "@example.com").orElseThrow();
        assertThat(aya.source()).isEqualTo(LeadSource.REFERRAL);
        Instant jump = Instant.parse("2026-02-20T08:45:00Z");
        assertThat(leads.history(aya.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, Instant.parse("2026-02-10T04:00:00Z")),
                        tuple(LifecycleStage.MQL, jump),
                        tuple(LifecycleStage.SAL, jump),
                        tuple(LifecycleStage.SQL, jump),
                        tuple(LifecycleStage.OPPORTUNITY, jump));
    }

    @Test
    void theSameFileAgainChangesNothingAndANewerOneUpdatesWhatChanged() {
        String u = ImportFixtures.unique();
        assertThat(fixtures.post("format=hubspot-contacts", contacts(u)))
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(3);

        MvcTestResult again = fixtures.post("format=hubspot-contacts", contacts(u));
        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.unchanged").isEqualTo(3);
        assertThat(again).bodyJson().extractingPath("$.created").isEqualTo(0);
        assertThat(again).bodyJson().extractingPath("$.updated").isEqualTo(0);
        Lead ken = fixtures.lead("ken-" + u + "@example.com").orElseThrow();
        assertThat(leads.history(ken.id())).hasSize(2);

        // Ken became an SQL on 1 March at 10:00 (01:00 UTC): SAL is implied then, the rest is as before.
        String newer = contacts(u)
                .replace(
                        "Marketing Qualified Lead,2026-02-03 08:15,Organic Search,2026-02-03 08:15,2026-02-04"
                                + " 12:00,,,,",
                        "salesqualifiedlead,2026-02-03 08:15,Organic Search,2026-02-03 08:15,2026-02-04"
                                + " 12:00,2026-03-01 10:00,,,");
        MvcTestResult updated = fixtures.post("format=hubspot-contacts", newer);
        assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(1);
        assertThat(updated).bodyJson().extractingPath("$.unchanged").isEqualTo(2);
        assertThat(fixtures.lead("ken-" + u + "@example.com").orElseThrow().stage())
                .isEqualTo(LifecycleStage.SQL);
        assertThat(leads.history(ken.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, Instant.parse("2026-02-02T23:15:00Z")),
                        tuple(LifecycleStage.MQL, Instant.parse("2026-02-04T03:00:00Z")),
                        tuple(LifecycleStage.SAL, Instant.parse("2026-03-01T01:00:00Z")),
                        tuple(LifecycleStage.SQL, Instant.parse("2026-03-01T01:00:00Z")));
    }

    @Test
    void aBadRowStopsTheWholeFileUnlessTheValidRowsAreAskedFor() {
        String u = ImportFixtures.unique();
        String bad = contacts(u).replace("2026/02/10 13:00", "来週の火曜");

        MvcTestResult rejected = fixtures.post("format=hubspot-contacts", bad);
        assertThat(rejected)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("REJECTED");
        assertThat(rejected).bodyJson().extractingPath("$.rejected").isEqualTo(1);
        assertThat(rejected).bodyJson().extractingPath("$.errors[0].line").isEqualTo(4);
        assertThat(rejected).bodyJson().extractingPath("$.errors[0].column").isEqualTo("Create Date");
        assertThat(rejected)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("来週の火曜", "読めません");
        assertThat(fixtures.lead("misaki-" + u + "@example.com"))
                .as("nothing of a file with an error")
                .isEmpty();

        MvcTestResult english = fixtures.post("format=hubspot-contacts", bad.getBytes(StandardCharsets.UTF_8), "en");
        assertThat(english)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("Cannot read the date");

        MvcTestResult applied = fixtures.post("format=hubspot-contacts&applyValidRows=true", bad);
        assertThat(applied).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPLIED");
        assertThat(applied).bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(applied).bodyJson().extractingPath("$.rejected").isEqualTo(1);
        assertThat(fixtures.lead("misaki-" + u + "@example.com")).isPresent();
        assertThat(fixtures.lead("aya-" + u + "@example.com")).isEmpty();
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndChangesNothing() {
        String u = ImportFixtures.unique();

        MvcTestResult dry = fixtures.post("format=hubspot-contacts&dryRun=true", contacts(u));

        assertThat(dry).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DRY_RUN");
        assertThat(dry).bodyJson().extractingPath("$.created").isEqualTo(3);
        assertThat(fixtures.lead("misaki-" + u + "@example.com")).isEmpty();
        assertThat(fixtures.post("format=hubspot-contacts", contacts(u)))
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(3);
    }

    @Test
    void japaneseHeadersInWindows31jWithTabsQuotedLineBreaksAndLabels() {
        String u = ImportFixtures.unique();
        String tsv = String.join(
                "\n",
                "レコードID\t名\t姓\tEメール\t会社名\tライフサイクルステージ\t作成日\tマーケティングクオリファイドリードになった日\t無関係な列",
                u + "-j1\t美咲\t髙橋\tTakahashi-" + u
                        + "@Example.com\t\"㈱つなぎ\n本社\"\tマーケティング・クオリファイド・リード\t2026/04/01 9:30\t2026/04/02 10:00\tx",
                "");

        MvcTestResult result = fixtures.post("format=hubspot-contacts", tsv.getBytes(ImportFixtures.WINDOWS_31J), "ja");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(1);
        Lead lead = fixtures.lead("takahashi-" + u + "@example.com").orElseThrow();
        assertThat(lead.name().familyName()).isEqualTo("髙橋");
        assertThat(lead.companyName()).isEqualTo("㈱つなぎ\n本社");
        assertThat(lead.stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(leads.history(lead.id()))
                .extracting(StageEntry::at)
                .containsExactly(Instant.parse("2026-04-01T00:30:00Z"), Instant.parse("2026-04-02T01:00:00Z"));
    }

    @Test
    void utf8WithBomAndTheShiftJisNameAreRead() {
        String u = ImportFixtures.unique();
        String csv = "Email,Create Date,Lifecycle Stage,Last Name\nbom-" + u + "@example.com,2026-05-01,lead,渡邉\n";

        assertThat(fixtures.post("format=hubspot-contacts", ImportFixtures.withBom(csv), "ja"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(1);
        assertThat(fixtures.lead("bom-" + u + "@example.com")
                        .orElseThrow()
                        .name()
                        .familyName())
                .isEqualTo("渡邉");

        String sjis = "Email,Create Date,Last Name\nsjis-" + u + "@example.com,2026-05-01,①髙\n";
        assertThat(fixtures.post(
                        "format=hubspot-contacts&encoding=Shift_JIS", sjis.getBytes(ImportFixtures.WINDOWS_31J), "ja"))
                .hasStatusOk();
        assertThat(fixtures.lead("sjis-" + u + "@example.com")
                        .orElseThrow()
                        .name()
                        .familyName())
                .isEqualTo("①髙");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWithTheHeadersItNeeds() {
        MvcTestResult result = fixtures.post("format=hubspot-contacts", "First Name,Last Name\nMisaki,Sato\n");

        assertThat(result)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].line")
                .isEqualTo(1);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("Email / Eメール");
    }

    @Test
    void onlyAdminsImportAndUnknownFormatsAreNamed() {
        assertThat(fixtures.post("format=hubspot-everything", "a\n1\n"))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("hubspot-contacts");
        MvcTestResult member = mvc.post()
                .uri("/api/v1/imports?format=hubspot-contacts")
                .multipart()
                .file(new MockMultipartFile(
                        "file", "c.csv", "text/csv", contacts("x").getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic(TestUsers.MARKETING_MANAGER, TestUsers.PASSWORD))
                .exchange();
        assertThat(member).hasStatus(403);
    }
}
