package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.platform.OrganisationClock;

/** Customer Success pages: what each role sees and may do, htmx partials, stale renewals and bad input. */
@IntegrationTest
@Import(SuccessFixtures.class)
class SuccessPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    Renewals renewals;

    @Autowired
    Mrr mrr;

    @Autowired
    OrganisationClock clock;

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private Account customer(String name, long mrrYen, int renewalInDays) {
        Account account = fixtures.account(name);
        fixtures.win(
                account.id(),
                DealType.NEW,
                mrrYen,
                ContractTerm.ANNUAL,
                clock.today().plusDays(renewalInDays).minusYears(1));
        return account;
    }

    @Test
    void theCustomerPageShowsMrrChartDataMovementsContractHealthAndTimeline() {
        Account account = customer("株式会社顧客画面", 100_000, 40);

        var page = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/customers/" + account.id()))
                .exchange();

        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains(account.name())
                .contains("data-mrr-chart=")
                .contains("/echarts.min.js")
                .contains("/js/mrr-chart.js")
                .contains("¥100,000")
                .contains("新規")
                .contains("グラフの数値を表示")
                .contains("data-testid=\"health\"")
                .contains("あと 40 日")
                .contains("新規 MRR ¥100,000")
                .contains("data-testid=\"set-level\"")
                .contains("data-testid=\"open-deals\"")
                .doesNotContain("<script>");
    }

    @Test
    void readersSeeTheCustomerButNoControlsAndCannotSetMrr() {
        Account account = customer("株式会社閲覧のみ", 50_000, 40);
        var page = as(TestUsers.EXECUTIVE, mvc.get().uri("/customers/" + account.id()))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("閲覧のみ")
                .doesNotContain("data-testid=\"set-level\"")
                .doesNotContain("data-testid=\"renew\"");

        var refused = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/customers/" + account.id() + "/mrr"))
                .param("effectiveOn", "2026-12-01")
                .param("mrr", "10")
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("カスタマーサクセス部門のメンバー");
        assertThat(mrr.of(account.id()).levels()).hasSize(1);
    }

    @Test
    void customerSuccessSetsALevelByHandAndTheMovementFollows() {
        Account account = customer("株式会社手入力", 50_000, 200);
        var saved = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/customers/" + account.id() + "/mrr"))
                .param("effectiveOn", clock.today().toString())
                .param("mrr", "65000")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/customers/" + account.id());
        assertThat(mrr.of(account.id()).movements())
                .extracting(MrrMovement::kind)
                .containsExactly(MovementKind.NEW, MovementKind.EXPANSION);

        var negative = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/customers/" + account.id() + "/mrr"))
                .param("effectiveOn", clock.today().toString())
                .param("mrr", "-1")
                .exchange();
        assertThat(negative).hasStatusOk().bodyText().contains("field-error");
    }

    @Test
    void theCustomerListFiltersByHealthAndSortsByMrrWithHtmxAsAPartial() {
        Account big = customer("株式会社大口顧客", 900_000, 100);
        var full = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/customers?sort=-mrr"))
                .exchange();
        assertThat(full)
                .hasStatusOk()
                .bodyText()
                .contains("<html")
                .contains(big.name())
                .contains("MRR 合計");

        var partial = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/customers?sort=renewal"))
                .header("HX-Request", "true")
                .exchange();
        assertThat(partial).hasStatusOk().bodyText().doesNotContain("<html").contains("data-testid=\"customers\"");

        var unknownColour = as(TestUsers.EXECUTIVE, mvc.get().uri("/customers?health=PURPLE&sort=nonsense"))
                .exchange();
        assertThat(unknownColour).hasStatusOk();
    }

    @Test
    void theRenewalsPageOffersDecisionsToCustomerSuccessOnlyAndSwapsTheRowWithHtmx() {
        Account account = customer("株式会社更新画面", 100_000, 25);
        var forCs = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/renewals?days=30"))
                .exchange();
        assertThat(forCs)
                .hasStatusOk()
                .bodyText()
                .contains(account.name())
                .contains("data-testid=\"renew\"")
                .contains("予算削減");
        var forFieldSales = as(TestUsers.FIELD_SALES_MEMBER, mvc.get().uri("/renewals?days=30"))
                .exchange();
        assertThat(forFieldSales)
                .hasStatusOk()
                .bodyText()
                .contains(account.name())
                .doesNotContain("data-testid=\"renew\"");

        int version = renewals.contractOf(account.id()).orElseThrow().version();
        var decided = as(
                        TestUsers.CUSTOMER_SUCCESS_MEMBER,
                        mvc.post().uri("/renewals/" + account.id() + "/renew?days=30"))
                .header("HX-Request", "true")
                .param("mrr", "120000")
                .param("version", String.valueOf(version))
                .exchange();
        assertThat(decided)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("renewal-decided")
                .contains("拡大")
                .contains("¥100,000 → ¥120,000");

        var stale = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/renewals/" + account.id() + "/lose?days=30"))
                .header("HX-Request", "true")
                .param("reasonCode", "BUDGET_CUT")
                .param("comment", "遅れた判断")
                .param("version", String.valueOf(version))
                .exchange();
        assertThat(stale).hasStatusOk().bodyText().contains("renewal-error").contains("他の人が先に");
        assertThat(renewals.contractOf(account.id()).orElseThrow().active()).isTrue();

        var withoutHtmx = as(
                        TestUsers.CUSTOMER_SUCCESS_MEMBER,
                        mvc.post().uri("/renewals/" + account.id() + "/renew?days=30"))
                .param("mrr", "")
                .param("version", String.valueOf(version + 1))
                .exchange();
        assertThat(withoutHtmx).hasStatus3xxRedirection().hasRedirectedUrl("/renewals?days=30");
    }

    @Test
    void atRiskCustomersAreListedAndTheCsManagersHomeLoadsThem() {
        var page = as(TestUsers.EXECUTIVE, mvc.get().uri("/customers/at-risk")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("リスクのある顧客");
        var section = as(TestUsers.EXECUTIVE, mvc.get().uri("/customers/at-risk"))
                .header("HX-Request", "true")
                .exchange();
        assertThat(section).hasStatusOk().bodyText().doesNotContain("<html").contains("at-risk-summary");

        var manager = users.fresh(dev.tasuki.identity.Role.MANAGER, dev.tasuki.identity.Department.CUSTOMER_SUCCESS);
        var home = mvc.get()
                .uri("/")
                .with(user(new dev.tasuki.identity.SignedInUser(manager, null)))
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(home)
                .hasStatusOk()
                .bodyText()
                .contains("data-testid=\"at-risk-slot\"")
                .contains("hx-get=\"/customers/at-risk\"");
        var member = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/")).exchange();
        assertThat(member).hasStatusOk().bodyText().doesNotContain("at-risk-slot");
    }

    @Test
    void adminsEditChurnReasonsAndHealthSettingsAndImportFromTheirPage() {
        assertThat(as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/admin/success"))
                        .exchange())
                .hasStatus(403);
        assertThat(as(TestUsers.ADMIN, mvc.get().uri("/admin/success")).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("統合・買収")
                .contains("利用定着せず")
                .contains("最終活動からの日数");

        var saved = as(TestUsers.ADMIN, mvc.post().uri("/admin/success/reasons"))
                .param("code", "PRICE_UP")
                .param("labelJa", "値上げ")
                .param("labelEn", "Price increase")
                .param("sortOrder", "70")
                .param("active", "true")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(renewals.reasons()).anyMatch(reason -> reason.code().equals("PRICE_UP"));

        var badCode = as(TestUsers.ADMIN, mvc.post().uri("/admin/success/reasons"))
                .param("code", "bad code")
                .param("labelJa", "x")
                .param("labelEn", "x")
                .exchange();
        assertThat(badCode).hasStatusOk().bodyText().contains("field-error");

        Account account = fixtures.account("株式会社管理画面取込");
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "mrr.csv",
                "text/csv",
                ("account,date,mrr\n" + account.id() + "," + LocalDate.of(2026, 1, 1)
                                + ",\"33,000\"\nnobody,2026-01-01,1\n")
                        .getBytes(StandardCharsets.UTF_8));
        var rejected = mvc.post()
                .uri("/admin/imports/mrr")
                .multipart()
                .file(file)
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(rejected)
                .hasStatusOk()
                .bodyText()
                .contains("data-status=\"REJECTED\"")
                .contains("取引先「nobody」が見つかりません");
        var applied = mvc.post()
                .uri("/admin/imports/mrr")
                .multipart()
                .file(file)
                .param("applyValidRows", "true")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .with(csrf())
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(applied)
                .hasStatusOk()
                .bodyText()
                .contains("data-status=\"APPLIED\"")
                .contains("新規 1 件");
        assertThat(mrr.of(account.id()).levels()).hasSize(1);
    }
}
