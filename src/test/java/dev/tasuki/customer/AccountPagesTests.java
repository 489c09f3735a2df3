package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;

@IntegrationTest
class AccountPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Accounts accounts;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private Account create(String name, SignedInUser by) {
        return accounts.create(
                new NewAccount(name, null, null, Industry.FINANCE, null, Segment.SMB, null, null, null, null), by);
    }

    @Test
    void theListIsAFullPageAndItsHtmxAnswerOnlyTheResults() {
        String tag = "page" + unique();
        create(tag + " 株式会社一覧", users.signedIn(TestUsers.MARKETING_MEMBER));

        var page = as(TestUsers.EXECUTIVE, mvc.get().uri("/accounts").param("q", tag))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<html",
                        "data-testid=\"account-search\"",
                        tag + " 株式会社一覧",
                        "全1件中 1〜1件",
                        "hx-push-url=\"true\"");

        var partial = as(TestUsers.EXECUTIVE, mvc.get().uri("/accounts").param("q", tag))
                .header("HX-Request", "true")
                .exchange();
        assertThat(partial).hasStatusOk().hasHeader("Vary", "HX-Request");
        assertThat(partial)
                .bodyText()
                .contains(tag + " 株式会社一覧", "data-testid=\"accounts\"")
                .doesNotContain("<html", "<head", "account-search", "<nav class=\"sidebar\"");

        var restore = as(TestUsers.EXECUTIVE, mvc.get().uri("/accounts"))
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .exchange();
        assertThat(restore).bodyText().contains("<html");
    }

    @Test
    void filtersSurviveInTheLinksAndBadValuesAreIgnored() {
        String tag = "link" + unique();
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        for (int i = 0; i < 27; i++) {
            create(String.format("%s 会社%02d", tag, i), member);
        }
        var page = as(
                        TestUsers.MARKETING_MEMBER,
                        mvc.get()
                                .uri("/accounts")
                                .param("q", tag)
                                .param("industry", "FINANCE")
                                .param("sort", "-name"))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("全27件中 1〜25件", tag + " 会社26")
                .contains("/accounts?q=" + tag + "&amp;industry=FINANCE&amp;sort=-name&amp;page=1")
                .doesNotContain(tag + " 会社01<");

        var unknown = as(
                        TestUsers.MARKETING_MEMBER,
                        mvc.get()
                                .uri("/accounts")
                                .param("q", tag)
                                .param("industry", "NOPE")
                                .param("sort", "name desc; drop table account")
                                .param("page", "x"))
                .exchange();
        assertThat(unknown).hasStatusOk().bodyText().contains("全27件中 1〜25件", tag + " 会社00");
    }

    @Test
    void addingShowsJapaneseFieldMessagesThenRedirectsToTheAccount() {
        var invalid = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/accounts"))
                .param("name", " ")
                .param("phone", "電話して")
                .param("domain", "")
                .exchange();
        assertThat(invalid).hasStatusOk().bodyText().contains("空白は許可されていません", "電話番号は数字、ハイフン、括弧、+ で入力してください");

        String name = "株式会社追加" + unique();
        var created = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/accounts"))
                .param("name", name)
                .param("industry", "RETAIL")
                .param("segment", "ENTERPRISE")
                .param("prefecture", "OSAKA")
                .param("createdBy", "1")
                .param("createdAt", "2000-01-01T00:00:00Z")
                .exchange();
        assertThat(created).hasStatus3xxRedirection().flash().containsEntry("notice", "account.created");
        Account stored = accounts.search(new AccountSearch(name, null, null, null, null, null, 0, 1))
                .items()
                .get(0);
        assertThat(created).redirectedUrl().isEqualTo("/accounts/" + stored.id());
        assertThat(stored.createdBy())
                .as("never taken from input")
                .isEqualTo(users.signedIn(TestUsers.FIELD_SALES_MEMBER).id());
        assertThat(stored.createdAt()).isAfter(java.time.Instant.parse("2020-01-01T00:00:00Z"));

        assertThat(as(TestUsers.FIELD_SALES_MEMBER, mvc.get().uri("/accounts/" + stored.id()))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(
                        name,
                        "小売・EC",
                        "エンタープライズ",
                        "大阪府",
                        "加藤 結衣",
                        "フィールドセールス",
                        "取引先を登録しました",
                        "data-testid=\"activity-form\"",
                        "data-testid=\"edit\"");
    }

    @Test
    void aDuplicateDomainLinksToTheAccountThatHasIt() {
        String domain = "page-dup-" + unique() + ".jp";
        Account first = accounts.create(
                new NewAccount("先の会社", null, domain, null, null, null, null, null, null, null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        var refused = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/accounts"))
                .param("name", "後の会社")
                .param("domain", "www." + domain)
                .exchange();
        assertThat(refused)
                .hasStatusOk()
                .bodyText()
                .contains("このドメインは取引先「先の会社」ですでに使われています。", "href=\"/accounts/" + first.id() + "\"", "後の会社");
    }

    @Test
    void aStaleEditShowsWhatChangedAndKeepsTheUsersInput() {
        SignedInUser member = users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        Account opened = create("版の会社" + unique(), member);
        as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/accounts/" + opened.id()))
                .param("name", "先に保存した名前")
                .param("industry", "FINANCE")
                .param("segment", "SMB")
                .param("ownerId", String.valueOf(member.id()))
                .param("version", "0")
                .exchange();

        var stale = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/accounts/" + opened.id()))
                .param("name", "後から入力した名前")
                .param("industry", "HEALTHCARE")
                .param("segment", "SMB")
                .param("ownerId", String.valueOf(member.id()))
                .param("address", "後からの住所")
                .param("version", "0")
                .exchange();

        assertThat(stale)
                .hasStatusOk()
                .bodyText()
                .contains("他の人が変更しました", "data-testid=\"stale-changes\"", "先に保存した名前", "金融・保険", "医療・福祉")
                .contains("value=\"後から入力した名前\"", "value=\"後からの住所\"", "name=\"version\" value=\"1\"");
        Account stored = accounts.get(opened.id());
        assertThat(stored.name()).isEqualTo("先に保存した名前");
        assertThat(stored.address()).isNull();
    }

    @Test
    void anotherDepartmentMayNotEditAndExecutivesOnlyRead() {
        UserAccount owner = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        Account account = create("権限の会社" + unique(), users.signedIn(owner.email()));

        var page = as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/accounts/" + account.id()))
                .exchange();
        assertThat(page).hasStatusOk().bodyText().contains("閲覧のみ").doesNotContain("data-testid=\"edit\"");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/accounts/" + account.id() + "/edit"))
                        .exchange())
                .hasStatus(403)
                .bodyText()
                .contains("この記録を編集できるのは");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/accounts/" + account.id()))
                        .param("name", "乗っ取り")
                        .param("version", "0")
                        .param("ownerId", String.valueOf(owner.id()))
                        .exchange())
                .hasStatus(403);

        var executive = as(TestUsers.EXECUTIVE, mvc.get().uri("/accounts/" + account.id()))
                .exchange();
        assertThat(executive)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("data-testid=\"activity-form\"", "data-testid=\"edit\"");
        assertThat(as(TestUsers.EXECUTIVE, mvc.get().uri("/accounts/new")).exchange())
                .hasStatus(403)
                .bodyText()
                .contains("経営層は顧客情報を閲覧できますが、変更はできません。");
        assertThat(accounts.get(account.id()).name()).startsWith("権限の会社");
    }

    @Test
    void aMemberWhoPostsAnotherOwnerIsRefusedAtTheOwnerField() {
        UserAccount teammate = users.fresh(Role.MEMBER, Department.MARKETING);
        String name = "押し付け" + unique();
        var refused = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/accounts"))
                .param("name", name)
                .param("ownerId", String.valueOf(teammate.id()))
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("担当者を変更できるのは、管理者と、自部門のユーザーに割り当てるマネージャーだけです。");
        assertThat(accounts.search(new AccountSearch(name, null, null, null, null, null, 0, 1))
                        .total())
                .isZero();

        var manager =
                as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/accounts/new")).exchange();
        assertThat(manager).bodyText().contains("<select id=\"ownerId\"", "試験 太郎");
    }

    @Test
    void englishOnRequestAndAnUnknownAccountIsA404() {
        assertThat(mvc.get()
                        .uri("/accounts")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .header("Accept-Language", "en")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Accounts", "Company name", "Add an account");
        assertThat(as(TestUsers.ADMIN, mvc.get().uri("/accounts/987654321")).exchange())
                .hasStatus(404)
                .bodyText()
                .contains("取引先（ID 987654321）が見つかりません。");
    }
}
