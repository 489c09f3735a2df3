package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.Deals;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.StageEntry;

/**
 * Salesforce exports: a Japanese report (every value quoted, LF line ends, footer lines after the data) in Windows-31J,
 * and Data Loader files with API names; then accounts, and opportunities with yen amounts.
 */
@IntegrationTest
@Import(ImportFixtures.class)
class SalesforceImportTests {

    @Autowired
    ImportFixtures fixtures;

    @Autowired
    Leads leads;

    @Autowired
    Accounts accounts;

    @Autowired
    Deals deals;

    @Test
    void aJapaneseReportWithItsFooterBecomesLeadsWithTheirStages() {
        String u = ImportFixtures.unique();
        String report = """
                "リード ID","名","姓","会社名","メール","リードソース","リード状況","作成日","取引開始済み","取引開始日"
                "%1$s-1","太郎","山田","山田製作所","yamada-%1$s@example.co.jp","展示会","対応中","2026/03/02","0",""
                "%1$s-2","花子","鈴木","鈴木商事","suzuki-%1$s@example.co.jp","Web","取引開始済み","2026/03/05","1","2026/03/20"
                "%1$s-3","次郎","田中","田中工業","tanaka-%1$s@example.co.jp","購入リスト","不適格","2026/03/06 14:00","0",""

                "リードレポート"
                "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."
                "機密情報 - 配布禁止"
                "作成者: 管理者 2026/11/27 10:00"
                """.formatted(u);

        MvcTestResult result =
                fixtures.post("format=salesforce-leads", report.getBytes(ImportFixtures.WINDOWS_31J), "ja");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.rejected").isEqualTo(0);
        // Working (対応中) is Inside Sales working the lead: SAL, with MQL implied; no later date, so at creation:
        // 2026/03/02 00:00 in Tokyo = 2026-03-01T15:00Z.
        Lead yamada = fixtures.lead("yamada-" + u + "@example.co.jp").orElseThrow();
        assertThat(yamada.source()).isEqualTo(LeadSource.EXHIBITION);
        Instant created = Instant.parse("2026-03-01T15:00:00Z");
        assertThat(leads.history(yamada.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, created),
                        tuple(LifecycleStage.MQL, created),
                        tuple(LifecycleStage.SAL, created));
        // Converted on 2026/03/20: an opportunity then, MQL, SAL and SQL implied at the conversion.
        Lead suzuki = fixtures.lead("suzuki-" + u + "@example.co.jp").orElseThrow();
        Instant converted = Instant.parse("2026-03-19T15:00:00Z");
        assertThat(leads.history(suzuki.id()))
                .extracting(StageEntry::to, StageEntry::at)
                .containsExactly(
                        tuple(LifecycleStage.LEAD, Instant.parse("2026-03-04T15:00:00Z")),
                        tuple(LifecycleStage.MQL, converted),
                        tuple(LifecycleStage.SAL, converted),
                        tuple(LifecycleStage.SQL, converted),
                        tuple(LifecycleStage.OPPORTUNITY, converted));
        Lead tanaka = fixtures.lead("tanaka-" + u + "@example.co.jp").orElseThrow();
        assertThat(tanaka.stage()).isEqualTo(LifecycleStage.DISQUALIFIED);
        assertThat(tanaka.source()).isEqualTo(LeadSource.OUTBOUND);
    }

    @Test
    void dataLoaderApiNamesWithUtcTimesAndAShortRowInTheMiddleIsAnError() {
        String u = ImportFixtures.unique();
        String file = ("Id,FirstName,LastName,Company,Email,LeadSource,Status,CreatedDate,IsConverted,ConvertedDate\r\n"
                        + "%1$s-1,Ken,Ito,Ito Shoji,ito-%1$s@example.com,Partner Referral,Open - Not"
                        + " Contacted,2026-03-02T01:23:45.000Z,false,\r\n"
                        + "just one value\r\n"
                        + "%1$s-2,Aya,Mori,Mori Kogyo,mori-%1$s@example.com,Web,Closed -"
                        + " Converted,2026-03-03T00:00:00.000Z,true,2026-03-10\r\n")
                .formatted(u);

        MvcTestResult result = fixtures.post("format=salesforce-leads", file);

        assertThat(result)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[0].line")
                .isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.rejected").isEqualTo(1);

        MvcTestResult applied = fixtures.post("format=salesforce-leads&applyValidRows=true", file);
        assertThat(applied).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        Lead ito = fixtures.lead("ito-" + u + "@example.com").orElseThrow();
        assertThat(ito.createdAt()).isEqualTo(Instant.parse("2026-03-02T01:23:45Z"));
        assertThat(ito.source()).isEqualTo(LeadSource.REFERRAL);
        assertThat(fixtures.lead("mori-" + u + "@example.com").orElseThrow().stage())
                .isEqualTo(LifecycleStage.OPPORTUNITY);
    }

    @Test
    void accountsThenOpportunitiesWithYenAndClosedDeals() {
        String u = ImportFixtures.unique();
        String company = "山田製作所" + u;
        String accountsFile = """
                "取引先 ID","取引先名","Web サイト","電話"
                "%1$s-a","%2$s","https://www.yamada-%1$s.co.jp/","03-1234-5678"
                """.formatted(u, company);
        assertThat(fixtures.post("format=salesforce-accounts", accountsFile))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(1);
        Account account = accounts.matchFor("yamada-" + u + ".co.jp", null).orElseThrow();
        assertThat(account.name()).isEqualTo(company);
        assertThat(account.domain()).isEqualTo("yamada-" + u + ".co.jp");

        String opportunities = """
                "商談 ID","商談名","取引先名","フェーズ","金額","完了予定日","作成日","成立","完了"
                "%1$s-o1","基幹システム刷新","%2$s","提案/見積","￥1,200,000","2026/04/30","2026/03/20","0","0"
                "%1$s-o2","追加ライセンス","%2$s","成約","JPY 3,000,000.00","2026/04/15","2026/03/01","1","1"
                "%1$s-o3","保守契約","存在しない株式会社%1$s","交渉/レビュー","500000","2026/05/01","2026/03/01","0","0"
                """.formatted(u, company);
        MvcTestResult result = fixtures.post("format=salesforce-opportunities&applyValidRows=true", opportunities);

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.errors[0].line").isEqualTo(4);
        assertThat(result).bodyJson().extractingPath("$.errors[0].column").isEqualTo("取引先名");
        assertThat(deals.ofAccount(account.id()))
                .extracting(Deal::name, Deal::stage, Deal::amount, Deal::status, Deal::expectedCloseOn)
                .containsExactlyInAnyOrder(
                        tuple("基幹システム刷新", "QUOTE", 1_200_000L, DealStatus.OPEN, LocalDate.of(2026, 4, 30)),
                        tuple("追加ライセンス", "WON", 3_000_000L, DealStatus.WON, LocalDate.of(2026, 4, 15)));
        Deal won = deals.ofAccount(account.id()).stream()
                .filter(deal -> deal.status() == DealStatus.WON)
                .findFirst()
                .orElseThrow();
        assertThat(won.closedAt())
                .as("closed on its close date, midnight in Tokyo")
                .isEqualTo(Instant.parse("2026-04-14T15:00:00Z"));
        assertThat(deals.history(won.id())).extracting(entry -> entry.to()).containsExactly("FIRST_MEETING", "WON");

        MvcTestResult again = fixtures.post("format=salesforce-opportunities&applyValidRows=true", opportunities);
        assertThat(again).bodyJson().extractingPath("$.unchanged").isEqualTo(2);
        assertThat(deals.ofAccount(account.id())).hasSize(2);
    }

    @Test
    void hubspotCompaniesAndTheirDealsByCompanyId() {
        String u = ImportFixtures.unique();
        String companies = """
                Record ID,Company name,Company Domain Name,Create Date
                %1$s-c,Hoshino Trading %1$s,hoshino-%1$s.example.jp,2025-11-01
                """.formatted(u);
        assertThat(fixtures.post("format=hubspot-companies", companies)).hasStatusOk();
        Account account =
                accounts.matchFor("hoshino-" + u + ".example.jp", null).orElseThrow();
        assertThat(account.createdAt()).isEqualTo(Instant.parse("2025-10-31T15:00:00Z"));

        String dealsFile = """
                Record ID,Deal Name,Amount,Deal Stage,Close Date,Create Date,Pipeline,Associated Company IDs
                %1$s-d1,Pilot,480000,presentationscheduled,2026-06-30,2026-04-01,default,%1$s-c
                %1$s-d2,First year,"1,800,000",Closed Won,2026-03-31 18:00,2026-01-15,default,%1$s-c
                """.formatted(u);
        assertThat(fixtures.post("format=hubspot-deals", dealsFile))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(2);
        assertThat(deals.ofAccount(account.id()))
                .extracting(Deal::name, Deal::stage, Deal::amount)
                .containsExactlyInAnyOrder(
                        tuple("Pilot", "PROPOSAL", 480_000L), tuple("First year", "WON", 1_800_000L));

        String renamed = companies.replace("Hoshino Trading", "Hoshino Holdings");
        MvcTestResult updated = fixtures.post("format=hubspot-companies", renamed);
        assertThat(updated).bodyJson().extractingPath("$.updated").isEqualTo(1);
        assertThat(accounts.get(account.id()).name()).isEqualTo("Hoshino Holdings " + u);
    }

    @Test
    void utf8IsDetectedWhenNoEncodingIsGiven() {
        String u = ImportFixtures.unique();
        String file = "Name,Website\n㈱髙島屋" + u + ",takashimaya-" + u + ".example.jp\n";
        assertThat(fixtures.post("format=salesforce-accounts", file.getBytes(StandardCharsets.UTF_8), "ja"))
                .hasStatusOk();
        assertThat(accounts.matchFor("takashimaya-" + u + ".example.jp", null)
                        .orElseThrow()
                        .name())
                .contains("髙島屋");
    }
}
