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
import dev.tasuki.identity.SignedInUser;

@IntegrationTest
class ContactPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Accounts accounts;

    @Autowired
    Contacts contacts;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private Account account(SignedInUser by) {
        return accounts.create(
                new NewAccount("株式会社人" + unique(), null, null, null, null, null, null, null, null, null), by);
    }

    @Test
    void aContactAddedFromItsAccountBelongsToItAndShowsThere() {
        SignedInUser member = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        Account account = account(member);
        assertThat(as(
                                TestUsers.INSIDE_SALES_MEMBER,
                                mvc.get().uri("/contacts/new").param("accountId", String.valueOf(account.id())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(account.name(), "name=\"accountId\" value=\"" + account.id() + "\" checked");

        String email = "page-" + unique() + "@example.co.jp";
        var created = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/contacts"))
                .param("accountId", String.valueOf(account.id()))
                .param("familyName", "高田")
                .param("givenName", "直子")
                .param("email", email)
                .param("title", "課長")
                .exchange();
        Contact contact = contacts.findByEmail(email).orElseThrow();
        assertThat(created)
                .hasRedirectedUrl("/contacts/" + contact.id())
                .flash()
                .containsEntry("notice", "contact.created");
        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.get().uri("/accounts/" + account.id()))
                        .exchange())
                .bodyText()
                .contains("高田 直子", "課長", "連絡先「高田 直子」を登録しました");
        assertThat(as(TestUsers.EXECUTIVE, mvc.get().uri("/contacts").param("accountId", String.valueOf(account.id())))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("高田 直子", account.name(), "全1件中 1〜1件");
    }

    @Test
    void aDuplicateEmailOnCreateAndOnEditSaysWhoHasItWithALink() {
        SignedInUser member = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        String email = "taken-" + unique() + "@example.com";
        Contact first =
                contacts.create(new NewContact(null, "先田", "一", null, null, email, null, null, null, null), member);

        var onCreate = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/contacts"))
                .param("familyName", "後田")
                .param("email", email.toUpperCase())
                .exchange();
        assertThat(onCreate)
                .hasStatusOk()
                .bodyText()
                .contains(
                        "このメールアドレスは連絡先「先田 一」（ID " + first.id() + "）ですでに使われています。",
                        "href=\"/contacts/" + first.id() + "\"",
                        "value=\"後田\"");

        Contact second =
                contacts.create(new NewContact(null, "次田", "二", null, null, null, null, null, null, null), member);
        var onEdit = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/contacts/" + second.id()))
                .param("familyName", "次田")
                .param("givenName", "二")
                .param("email", email)
                .param("ownerId", String.valueOf(member.id()))
                .param("version", String.valueOf(second.version()))
                .exchange();
        assertThat(onEdit).hasStatusOk().bodyText().contains("ですでに使われています", "href=\"/contacts/" + first.id() + "\"");
        assertThat(contacts.get(second.id()).email()).isNull();
    }

    @Test
    void aContactWithoutNameOrEmailIsRefusedInJapanese() {
        var refused = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/contacts"))
                .param("title", "部長")
                .param("email", "not-an-email")
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("電子メールアドレスとして正しい形式にしてください");
        var nameless = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/contacts"))
                .param("title", "部長")
                .exchange();
        assertThat(nameless).hasStatusOk().bodyText().contains("氏名かメールアドレスのどちらかを入力してください。");
    }

    @Test
    void loggingWithHtmxAnswersTheNewEntryAndAnEmptyFormAndEscapesUserText() throws Exception {
        SignedInUser member = users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        Account account = account(member);
        Contact contact = contacts.create(
                new NewContact(account.id(), "石井", "守", null, null, null, null, null, null, null), member);

        var logged = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.post().uri("/activities"))
                .header("HX-Request", "true")
                .param("contactId", String.valueOf(contact.id()))
                .param("kind", "MEETING")
                .param("subject", "オンボーディング <script>alert(1)</script>")
                .param("body", "次回は&定例")
                .param("occurredAt", "2026-11-26T15:00")
                .exchange();
        assertThat(logged)
                .hasStatusOk()
                .bodyText()
                .contains("data-testid=\"timeline-entry\"", "面談・打ち合わせ", "佐々木 湊", "カスタマーサクセス", "2026/11/26 15:00")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "次回は&amp;定例", "hx-swap-oob=\"true\"")
                .doesNotContain("<script>alert", "<html");

        String accountPage = as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/accounts/" + account.id()))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(accountPage).contains("オンボーディング &lt;script&gt;").doesNotContain("<script>alert");
        assertThat(as(TestUsers.CUSTOMER_SUCCESS_MEMBER, mvc.get().uri("/contacts/" + contact.id()))
                        .exchange())
                .bodyText()
                .contains("オンボーディング &lt;script&gt;", "佐々木 湊");
    }

    @Test
    void aRefusedActivityComesBackInPlaceWithItsMessageAndWithoutHtmxRedirects() {
        Account account = account(users.signedIn(TestUsers.MARKETING_MEMBER));
        var refused = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/activities"))
                .header("HX-Request", "true")
                .param("accountId", String.valueOf(account.id()))
                .param("kind", "CALL")
                .param("subject", " ")
                .param("body", "残す")
                .exchange();
        assertThat(refused)
                .hasStatusOk()
                .hasHeader("HX-Retarget", "#activity-form")
                .hasHeader("HX-Reswap", "outerHTML");
        assertThat(refused).bodyText().contains("空白は許可されていません", "残す").doesNotContain("hx-swap-oob");

        var plain = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/activities"))
                .param("accountId", String.valueOf(account.id()))
                .param("kind", "NOTE")
                .param("subject", "メモです")
                .exchange();
        assertThat(plain)
                .hasRedirectedUrl("/accounts/" + account.id())
                .flash()
                .containsEntry("notice", "activity.logged");
        assertThat(as(TestUsers.EXECUTIVE, mvc.post().uri("/activities"))
                        .param("accountId", String.valueOf(account.id()))
                        .param("kind", "NOTE")
                        .param("subject", "経営層")
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theAccountPickerAndTheContactListPartial() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        Account account = account(member);
        assertThat(as(
                                TestUsers.MARKETING_MEMBER,
                                mvc.get().uri("/contacts/account-choices").param("accountQuery", account.name()))
                        .header("HX-Request", "true")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + account.id() + "\"", account.name())
                .doesNotContain("<html");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/contacts"))
                        .header("HX-Request", "true")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html", "contact-search");
    }
}
