package dev.tasuki.kpi.web;

import static dev.tasuki.kpi.web.DashboardPagesTests.row;
import static dev.tasuki.relay.LifecycleStage.LEAD;
import static dev.tasuki.relay.LifecycleStage.MQL;
import static dev.tasuki.relay.LifecycleStage.OPPORTUNITY;
import static dev.tasuki.relay.LifecycleStage.RECYCLED;
import static dev.tasuki.relay.LifecycleStage.SAL;
import static dev.tasuki.relay.LifecycleStage.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.kpi.KpiHistory;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.kpi.Targets;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.success.Mrr;
import dev.tasuki.success.SetMrrLevel;

/**
 * The Field Sales and Customer Success dashboards on hand-made deals, handoffs and MRR of the fourth quarter of 2008
 * (Tokyo time), the window [2008-10-01, 2009-01-01).
 *
 * <pre>
 * Leads of campaign F (IS→FS handoffs have a 48-hour SLA, FS→CS 72 hours, CS→FS 48 hours):
 * F1 created 10-01, SQL 10-03 10:00, IS→FS sent then, accepted 15:00, OPPORTUNITY 15:00;
 *    D1 won ¥1,200,000 created 10-03 15:00, closed 11-12 15:00 (40 days); FS→CS sent 11-12 16:00, accepted 11-13;
 *    D5 open 交渉 (80 %) ¥333,333; CS→FS (expansion) sent 12-01, pending
 * F2 created 10-05, SQL 10-07, IS→FS sent then, rejected 予算なし 10-08, RECYCLED
 * F3 created 10-10, SQL 10-11, IS→FS accepted 10-12, OPPORTUNITY 10-12;
 *    D2 won ¥650,001 created 10-12 10:00, closed 10-22 22:00 (10.5 days); FS→CS sent 10-22 23:00, rejected 情報不足;
 *    CS→FS (expansion) sent 12-05, rejected 時期尚早
 * F4 created 11-01, SQL 11-02 09:00, IS→FS accepted 11-02 10:00, OPPORTUNITY then;
 *    D3 lost ¥900,000 closed 12-01; D4 open 提案 (40 %) ¥1,000,000; D6 won ¥700,000 closed 2009-01-01 00:30 (January)
 * F5 created 11-15, SQL 11-16, IS→FS pending
 * F6 created 2008-09-20 (not in the window's cohort), SQL 10-02, IS→FS sent then, accepted 14:00, OPPORTUNITY then
 * R  a referral without campaign, created 10-01: D7 won ¥5,000,000 closed 12-20 (not F's)
 *
 * MRR levels (every account back to ¥0 on 2009-02-10, after the window):
 * C1 06-10 ¥100,000 NEW; 11-05 ¥150,000 EXPANSION +50,000
 * C2 07-15 ¥200,000 NEW; 10-20 ¥160,000 CONTRACTION −40,000
 * C3 08-01 ¥60,000 NEW;  12-15 ¥0 CHURN −60,000
 * C4 11-10 ¥80,000 NEW
 * C5 03-01 ¥40,000 NEW;  05-01 ¥0 CHURN −40,000; 12-01 ¥30,000 REACTIVATION
 *
 * Targets: WON 1, 1, 2 and REVENUE ¥2,000,000, ¥2,000,000, ¥3,000,000 for October to December; NRR 90 %, 90 %, 120 %
 * </pre>
 */
@IntegrationTest
@Import(KpiHistory.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealAndRevenueDashboardsTests {

    private static final String Q4 = "from=2008-10-01&to=2009-01-01";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    KpiHistory history;

    @Autowired
    Mrr mrr;

    @Autowired
    Targets targets;

    @Autowired
    TestUsers users;

    private long campaign;

    @BeforeAll
    void history() {
        campaign = history.campaign("営業画面試験", null, null, 0);
        long a1 = account("1");
        history.lead(LeadSource.WEBINAR, campaign)
                .account(a1)
                .at(LEAD, "2008-10-01T10:00")
                .at(MQL, "2008-10-01T11:00")
                .at(SAL, "2008-10-02T10:00")
                .at(SQL, "2008-10-03T10:00")
                .at(OPPORTUNITY, "2008-10-03T15:00")
                .handoff(HandoffKind.IS_FS, "2008-10-03T10:00", 48, HandoffStatus.ACCEPTED, "2008-10-03T15:00", null)
                .handoff(HandoffKind.FS_CS, "2008-11-12T16:00", 72, HandoffStatus.ACCEPTED, "2008-11-13T10:00", null)
                .handoff(HandoffKind.CS_FS, "2008-12-01T10:00", 48, HandoffStatus.PENDING, null, null)
                .create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2008-10-05T10:00")
                .at(MQL, "2008-10-05T11:00")
                .at(SAL, "2008-10-06T10:00")
                .at(SQL, "2008-10-07T10:00")
                .at(RECYCLED, "2008-10-08T10:00")
                .handoff(
                        HandoffKind.IS_FS,
                        "2008-10-07T10:00",
                        48,
                        HandoffStatus.REJECTED,
                        "2008-10-08T10:00",
                        "NO_BUDGET")
                .create();
        long a3 = account("3");
        history.lead(LeadSource.WEBINAR, campaign)
                .account(a3)
                .at(LEAD, "2008-10-10T10:00")
                .at(MQL, "2008-10-10T11:00")
                .at(SAL, "2008-10-10T12:00")
                .at(SQL, "2008-10-11T10:00")
                .at(OPPORTUNITY, "2008-10-12T10:00")
                .handoff(HandoffKind.IS_FS, "2008-10-11T10:00", 48, HandoffStatus.ACCEPTED, "2008-10-12T10:00", null)
                .handoff(
                        HandoffKind.FS_CS,
                        "2008-10-22T23:00",
                        72,
                        HandoffStatus.REJECTED,
                        "2008-10-23T10:00",
                        "MISSING_INFO")
                .handoff(
                        HandoffKind.CS_FS,
                        "2008-12-05T10:00",
                        48,
                        HandoffStatus.REJECTED,
                        "2008-12-06T10:00",
                        "TOO_EARLY")
                .create();
        long a4 = account("4");
        history.lead(LeadSource.WEBINAR, campaign)
                .account(a4)
                .at(LEAD, "2008-11-01T10:00")
                .at(MQL, "2008-11-01T11:00")
                .at(SAL, "2008-11-01T12:00")
                .at(SQL, "2008-11-02T09:00")
                .at(OPPORTUNITY, "2008-11-02T10:00")
                .handoff(HandoffKind.IS_FS, "2008-11-02T09:00", 48, HandoffStatus.ACCEPTED, "2008-11-02T10:00", null)
                .create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2008-11-15T10:00")
                .at(MQL, "2008-11-15T11:00")
                .at(SAL, "2008-11-15T12:00")
                .at(SQL, "2008-11-16T10:00")
                .handoff(HandoffKind.IS_FS, "2008-11-16T10:00", 48, HandoffStatus.PENDING, null, null)
                .create();
        history.lead(LeadSource.WEBINAR, campaign)
                .at(LEAD, "2008-09-20T10:00")
                .at(MQL, "2008-09-21T10:00")
                .at(SAL, "2008-09-22T10:00")
                .at(SQL, "2008-10-02T10:00")
                .at(OPPORTUNITY, "2008-10-02T14:00")
                .handoff(HandoffKind.IS_FS, "2008-10-02T10:00", 48, HandoffStatus.ACCEPTED, "2008-10-02T14:00", null)
                .create();
        long ar = account("R");
        long referral = history.lead(LeadSource.REFERRAL, null)
                .account(ar)
                .at(LEAD, "2008-10-01T12:00")
                .create();

        history.deal(a1, null, 1_200_000, "WON", "2008-10-03T15:00", "2008-11-12T15:00");
        history.deal(a3, null, 650_001, "WON", "2008-10-12T10:00", "2008-10-22T22:00");
        history.deal(a4, null, 900_000, "LOST", "2008-11-02T10:00", "2008-12-01T10:00");
        history.deal(a4, null, 1_000_000, "PROPOSAL", "2008-11-20T10:00", null);
        history.deal(a1, null, 333_333, "NEGOTIATION", "2008-12-10T10:00", null);
        history.deal(a4, null, 700_000, "WON", "2008-11-02T10:00", "2009-01-01T00:30");
        history.deal(ar, referral, 5_000_000, "WON", "2008-10-01T12:00", "2008-12-20T12:00");
        history.rebuild();

        long c1 = account("C1");
        long c2 = account("C2");
        long c3 = account("C3");
        long c4 = account("C4");
        long c5 = account("C5");
        level(c5, "2008-03-01", 40_000);
        level(c5, "2008-05-01", 0);
        level(c1, "2008-06-10", 100_000);
        level(c2, "2008-07-15", 200_000);
        level(c3, "2008-08-01", 60_000);
        level(c2, "2008-10-20", 160_000);
        level(c1, "2008-11-05", 150_000);
        level(c4, "2008-11-10", 80_000);
        level(c5, "2008-12-01", 30_000);
        level(c3, "2008-12-15", 0);
        for (long account : new long[] {c1, c2, c4, c5}) {
            level(account, "2009-02-10", 0);
        }

        SignedInUser executive = history.user(TestUsers.EXECUTIVE);
        int[] won = {1, 1, 2};
        long[] revenue = {2_000_000, 2_000_000, 3_000_000};
        String[] nrr = {"0.9", "0.9", "1.2"};
        for (int i = 0; i < 3; i++) {
            YearMonth month = YearMonth.of(2008, 10 + i);
            targets.set(month, TargetMetric.WON, BigDecimal.valueOf(won[i]), null, executive);
            targets.set(month, TargetMetric.REVENUE, BigDecimal.valueOf(revenue[i]), null, executive);
            targets.set(month, TargetMetric.NRR, new BigDecimal(nrr[i]), null, executive);
        }
    }

    private long account(String name) {
        return history.account("画面試験" + name + "株式会社", KpiHistory.tokyo("2008-01-01T09:00"));
    }

    private void level(long account, String day, long amount) {
        mrr.set(
                account,
                new SetMrrLevel(LocalDate.parse(day), amount),
                history.user(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    private String page(String uri) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(uri)
                        .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                        .header("Accept-Language", "ja"))
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String csv(String uri) throws Exception {
        return new String(
                mvc.perform(MockMvcRequestBuilders.get(uri)
                                .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                                .header("Accept-Language", "ja"))
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    /** The card of the page whose heading is the title, up to the end of its table. */
    private static String card(String html, String title) {
        int at = html.indexOf(">" + title + "</h2>");
        assertThat(at).as("card " + title).isNotNegative();
        return html.substring(at, html.indexOf("</table>", at));
    }

    /** The text of each row of a card, tags removed and spaces collapsed. */
    private static java.util.List<String> rows(String card) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (int at = card.indexOf("<tr"); at >= 0; at = card.indexOf("<tr", at + 1)) {
            rows.add(card.substring(at, card.indexOf("</tr>", at))
                    .replaceFirst("^<tr[^>]*>", "")
                    .replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ")
                    .strip());
        }
        return rows;
    }

    @Test
    void fieldSalesSeesItsSupplyItsDealsAndHowCustomerSuccessAnswered() throws Exception {
        String page = page("/dashboard/field-sales?" + Q4 + "&campaign=" + campaign);

        // IS→FS handoffs sent in the window and accepted: F1, F3, F4 and F6 (F2 rejected, F5 pending) = 4;
        // of the leads created in the window, F1, F3 and F4 reached OPPORTUNITY (F6 was created in September) = 3
        assertThat(rows(card(page, "インサイドセールスから受け取るもの"))).containsExactly("受け入れ 4", "商談に到達 3");
        assertThat(rows(card(page, "フィールドセールスの成果")))
                .containsExactly(
                        // closed in the window: D1 and D2 won, D3 lost (D6 closed in January; D7 is not campaign F's)
                        "受注数 2",
                        "失注数 1",
                        // 2 / (2 + 1) = 66.66… %
                        "受注率 66.7%",
                        // (1,200,000 + 650,001) / 2 = 925,000.5, rounded half up
                        "平均受注額 ¥925,001",
                        "受注額 ¥1,850,001",
                        // median of 40 and 10.5 days = (40 + 10.5) / 2
                        "営業サイクル（日、中央値） 25.25",
                        // open now: D4 1,000,000 + D5 333,333; weighted 1,000,000 × 40 % + 333,333 × 80 % = 400,000 +
                        // 266,666.4
                        "パイプライン（現在） ¥1,333,333",
                        "加重パイプライン（現在） ¥666,666");
        // FS→CS sent in the window: F1's accepted, F3's rejected: 1 / (1 + 1)
        assertThat(rows(card(page, "カスタマーサクセスの回答（フィールドセールス → カスタマーサクセス）")))
                .containsExactly("送った引き継ぎ 2", "受け入れ 1", "却下 1", "未回答 0", "受け入れ率 50.0%");
        assertThat(rows(card(page, "却下理由（インサイドセールス → フィールドセールス）"))).containsExactly("予算なし 1");
        assertThat(rows(card(page, "却下理由（フィールドセールス → カスタマーサクセス）"))).containsExactly("情報不足 1");
        // and why Field Sales turned down Customer Success's expansion handoff (F3's, sent in December)
        assertThat(rows(card(page, "却下理由（カスタマーサクセス → フィールドセールス（拡大））"))).containsExactly("時期尚早 1");

        // plan vs actual is company-wide: WON target 1 + 1 + 2 = 4 against D1, D2 and D7 = 3 (75.0 %); REVENUE
        // 7,000,000 against 1,200,000 + 650,001 + 5,000,000 = 6,850,001 (97.857… %); OPPORTUNITY has no target, and
        // four leads first entered it in the window (F1, F3, F4, F6)
        String plan = page.substring(page.indexOf("data-testid=\"department-plan\""));
        assertThat(row(plan, "data-metric=\"OPPORTUNITY\"")).isEqualTo("商談数 — 4 —");
        assertThat(row(plan, "data-metric=\"WON\"")).isEqualTo("受注数 4 3 75.0%");
        assertThat(row(plan, "data-metric=\"REVENUE\"")).isEqualTo("新規売上 ¥7,000,000 ¥6,850,001 97.9%");
    }

    @Test
    void theFieldSalesCsvHasTheSameFigures() throws Exception {
        String csv = csv("/dashboard/field-sales.csv?" + Q4 + "&campaign=" + campaign);
        // percentages with one decimal, yen and days as plain numbers, every section named
        assertThat(csv.split("\r\n"))
                .containsSubsequence(
                        "\uFEFF区分,指標,値",
                        "インサイドセールスから受け取るもの,受け入れ,4",
                        "インサイドセールスから受け取るもの,商談に到達,3",
                        "フィールドセールスの成果,受注数,2",
                        "フィールドセールスの成果,失注数,1",
                        "フィールドセールスの成果,受注率,66.7",
                        "フィールドセールスの成果,平均受注額,925001",
                        "フィールドセールスの成果,受注額,1850001",
                        "フィールドセールスの成果,営業サイクル（日、中央値）,25.25",
                        "フィールドセールスの成果,パイプライン（現在）,1333333",
                        "フィールドセールスの成果,加重パイプライン（現在）,666666",
                        "カスタマーサクセスの回答（フィールドセールス → カスタマーサクセス）,送った引き継ぎ,2",
                        "カスタマーサクセスの回答（フィールドセールス → カスタマーサクセス）,受け入れ率,50.0",
                        "却下理由（インサイドセールス → フィールドセールス）,予算なし,1",
                        "却下理由（フィールドセールス → カスタマーサクセス）,情報不足,1",
                        "目標,受注数,4",
                        "実績,受注数,3",
                        "目標,新規売上,7000000",
                        "実績,新規売上,6850001");
    }

    @Test
    void customerSuccessSeesItsMrrRetentionAndHowFieldSalesAnswered() throws Exception {
        String page = page("/dashboard/customer-success?" + Q4);

        // a NEW movement in the window: C4 only (C5's December return is a reactivation); FS→CS: F1's and F3's
        assertThat(rows(card(page, "フィールドセールスから受け取るもの"))).containsExactly("新規顧客 1", "送った引き継ぎ 2", "受け入れ 1");
        assertThat(rows(card(page, "カスタマーサクセスの成果")))
                .containsExactly(
                        // MRR at 10-01: C1 100,000 + C2 200,000 + C3 60,000 = 360,000 (C5 at 0).
                        // NRR, of C1–C3 only: (360,000 + 50,000 − 40,000 − 60,000) / 360,000 = 310 / 360 = 86.11… %
                        "NRR 86.1%",
                        // C3 churned, of the three with MRR at 10-01
                        "顧客解約率 33.3%",
                        // (40,000 + 60,000) / 360,000 = 27.77… %
                        "グロス売上解約率 27.8%",
                        "期首MRR ¥360,000",
                        "新規MRR ¥80,000",
                        "拡大MRR ¥50,000",
                        "縮小MRR ¥40,000",
                        "解約MRR ¥60,000",
                        "復帰MRR ¥30,000",
                        // 360,000 − 40,000 + 50,000 + 80,000 + 30,000 − 60,000 = C1 150,000 + C2 160,000 + C4 80,000 +
                        // C5 30,000
                        "期末MRR ¥420,000",
                        // 420,000 / 4 accounts with MRR at 2009-01-01
                        "ARPA ¥105,000",
                        // monthly revenue churn, 2008's months that began with MRR: April 0 (C5 40,000), May 40,000 /
                        // 40,000 = 1
                        // (C5 churned), July, August, September 0, October 40,000 / 360,000 = 1/9, November 0
                        // (320,000),
                        // December 60,000 / 450,000 = 2/15; January–March and June began at 0 and are left out.
                        // Mean = (1 + 1/9 + 2/15) / 8 = (56/45) / 8 = 7/45. LTV = 105,000 × 0.8 / (7/45) = 84,000 × 45
                        // / 7
                        "LTV ¥540,000");
        // CS→FS (expansion) sent in the window: F1's still pending, F3's rejected: 0 / (0 + 1)
        assertThat(rows(card(page, "フィールドセールスの回答（カスタマーサクセス → フィールドセールス（拡大））")))
                .containsExactly("送った引き継ぎ 2", "受け入れ 0", "却下 1", "未回答 1", "受け入れ率 0.0%");
        // the reasons of the handoffs it receives and of those it sends
        assertThat(rows(card(page, "却下理由（フィールドセールス → カスタマーサクセス）"))).containsExactly("情報不足 1");
        assertThat(rows(card(page, "却下理由（カスタマーサクセス → フィールドセールス（拡大））"))).containsExactly("時期尚早 1");

        // NRR target: the mean of 90 %, 90 % and 120 % = 100 %; 86.1 % of it. No logo churn target.
        String plan = page.substring(page.indexOf("data-testid=\"department-plan\""));
        assertThat(row(plan, "data-metric=\"NRR\"")).isEqualTo("NRR 100.0% 86.1% 86.1%");
        assertThat(row(plan, "data-metric=\"LOGO_CHURN\"")).isEqualTo("顧客解約率 — 33.3% —");

        String csv = csv("/dashboard/customer-success.csv?" + Q4);
        assertThat(csv.split("\r\n"))
                .containsSubsequence(
                        "フィールドセールスから受け取るもの,新規顧客,1",
                        "カスタマーサクセスの成果,NRR,86.1",
                        "カスタマーサクセスの成果,顧客解約率,33.3",
                        "カスタマーサクセスの成果,グロス売上解約率,27.8",
                        "カスタマーサクセスの成果,期首MRR,360000",
                        "カスタマーサクセスの成果,期末MRR,420000",
                        "カスタマーサクセスの成果,ARPA,105000",
                        "カスタマーサクセスの成果,LTV,540000",
                        "フィールドセールスの回答（カスタマーサクセス → フィールドセールス（拡大））,受け入れ率,0.0",
                        "却下理由（フィールドセールス → カスタマーサクセス）,情報不足,1",
                        "却下理由（カスタマーサクセス → フィールドセールス（拡大））,時期尚早,1",
                        "目標,NRR,100.0",
                        "実績,NRR,86.1");
    }
}
