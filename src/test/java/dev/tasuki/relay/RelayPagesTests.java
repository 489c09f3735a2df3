package dev.tasuki.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAccount;

/** The relay's pages: what each department sees and can do, and what bad input looks like. */
@IntegrationTest
class RelayPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    TestUsers users;

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private Lead newLead(String familyName) {
        return leads.create(
                new LeadDetails(
                        familyName,
                        "直樹",
                        null,
                        null,
                        "p-" + System.nanoTime() + "@aozora.example",
                        null,
                        "青空精機株式会社",
                        "工場長",
                        null,
                        null,
                        null,
                        LeadSource.EXHIBITION,
                        null,
                        null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
    }

    @Test
    void theLeadListFiltersWithHtmxAsAPartial() {
        Lead lead = newLead("絞込" + System.nanoTime() % 100000);
        var full = as(
                        TestUsers.INSIDE_SALES_MEMBER,
                        mvc.get().uri("/leads?q=" + lead.name().familyName()))
                .exchange();
        assertThat(full)
                .hasStatusOk()
                .bodyText()
                .contains("<html")
                .contains(lead.name().display())
                .contains("全1件");

        var partial = as(
                        TestUsers.INSIDE_SALES_MEMBER,
                        mvc.get().uri("/leads?q=" + lead.name().familyName()))
                .header("HX-Request", "true")
                .exchange();
        assertThat(partial)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("lead-rows")
                .contains(lead.name().display());
    }

    @Test
    void theOwnerMenuOffersOnlyWhoTheUserMayChooseAndNeverPreselectsSomeoneElse() {
        Lead lead = newLead("担当" + System.nanoTime() % 100000);
        UserAccount fieldSales = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        String manager = users.signedIn(TestUsers.MARKETING_MANAGER).name().display();
        String member = users.signedIn(TestUsers.MARKETING_MEMBER).name().display();

        // the lead has no owner: "choose an owner" is what the menu shows, the marketing manager's own department
        // in it, Field Sales not
        var managers = as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/leads/" + lead.id()))
                .exchange();
        assertThat(managers)
                .hasStatusOk()
                .bodyText()
                .contains("<option value=\"\" disabled selected=\"selected\">担当者を選択</option>", manager, member)
                .doesNotContain("<option value=\"" + fieldSales.id() + "\"");

        // admins belong to no department and may choose anyone active: their menu is not empty
        var admins = as(TestUsers.ADMIN, mvc.get().uri("/leads/" + lead.id())).exchange();
        assertThat(admins).hasStatusOk().bodyText().contains("<option value=\"" + fieldSales.id() + "\"");

        // members give leads to nobody: the form shows the owner, sent back unchanged
        var form = as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/leads/" + lead.id() + "/edit"))
                .exchange();
        assertThat(form)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<select id=\"ownerId\"")
                .contains("<input type=\"hidden\" name=\"ownerId\"", "担当者を変更できるのは管理者と");
    }

    @Test
    void badInputOnTheLeadFormChangesNothingAndSaysWhy() {
        var result = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/leads"))
                .param("companyName", "名無し商事")
                .param("email", "not-an-email")
                .param("source", "WEBINAR")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("電子メールアドレスとして正しい形式にしてください");

        var nobody = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/leads"))
                .param("companyName", "名無し商事")
                .param("source", "WEBINAR")
                .exchange();
        assertThat(nobody).hasStatusOk().bodyText().contains("氏名かメールアドレスのどちらかが必要です。");
        assertThat(leads.search(new LeadQuery("名無し商事", null, null, null, null, null, true, 0, 10))
                        .total())
                .isZero();
    }

    @Test
    void aStaleEditKeepsTheUsersInputAndShowsWhatIsStored() {
        Lead lead = newLead("版数");
        leads.change(
                lead.id(),
                new LeadDetails(
                        "版数",
                        "先行",
                        null,
                        null,
                        lead.email(),
                        "03-0000-0000",
                        lead.companyName(),
                        null,
                        null,
                        null,
                        null,
                        LeadSource.EXHIBITION,
                        null,
                        null),
                lead.version(),
                users.signedIn(TestUsers.MARKETING_MANAGER));

        var stale = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/leads/" + lead.id()))
                .param("version", String.valueOf(lead.version()))
                .param("familyName", "版数")
                .param("givenName", "後続")
                .param("email", lead.email())
                .param("source", "EXHIBITION")
                .exchange();

        assertThat(stale)
                .hasStatusOk()
                .bodyText()
                .contains("他の人が変更しました")
                .contains("value=\"後続\"")
                .contains("03-0000-0000");
        assertThat(leads.get(lead.id()).name().givenName()).isEqualTo("先行");
    }

    @Test
    void theLeadPageOffersEachDepartmentOnlyWhatItMayDo() {
        Lead lead = newLead("操作");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/leads/" + lead.id()))
                        .exchange())
                .bodyText()
                .contains("data-testid=\"send-MKT_IS\"")
                .contains("data-testid=\"move-stage\"");
        assertThat(as(TestUsers.FIELD_SALES_MEMBER, mvc.get().uri("/leads/" + lead.id()))
                        .exchange())
                .bodyText()
                .doesNotContain("data-testid=\"send-MKT_IS\"")
                .doesNotContain("data-testid=\"move-stage\"")
                .contains("あなたの部門がこのステージで行える操作はありません。");
    }

    @Test
    void theQueueAcceptsInPlaceWithHtmx() {
        Lead lead = newLead("受付");
        Handoff sent = handoffs.send(
                lead.id(),
                new SendHandoff(HandoffKind.MKT_IS, "展示会ブースで名刺交換", null, null),
                users.signedIn(TestUsers.MARKETING_MEMBER));

        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.get().uri("/queue")).exchange())
                .bodyText()
                .contains("インサイドセールスの受付キュー")
                .contains("handoff-" + sent.id())
                .contains("展示会ブースで名刺交換");

        var answered = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/handoffs/" + sent.id() + "/accept"))
                .header("HX-Request", "true")
                .exchange();
        assertThat(answered).hasStatusOk().bodyText().doesNotContain("<html").contains("受入済み");
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void aRejectionWithoutReasonIsRefusedInPlace() {
        Lead lead = newLead("差戻");
        Handoff sent = handoffs.send(
                lead.id(),
                new SendHandoff(HandoffKind.MKT_IS, "資料請求あり", null, null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        var refused = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/handoffs/" + sent.id() + "/reject"))
                .header("HX-Request", "true")
                .param("reasonCode", "")
                .param("comment", "")
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("差し戻すには理由とコメントが必要です。");
        assertThat(handoffs.get(sent.id()).status()).isEqualTo(HandoffStatus.PENDING);
    }

    @Test
    void adminsChangeRelaySettingsAndOthersCannot() {
        assertThat(as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/admin/relay"))
                        .exchange())
                .hasStatus(403);
        assertThat(as(TestUsers.ADMIN, mvc.get().uri("/admin/relay")).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("予算なし");
        assertThat(as(TestUsers.ADMIN, mvc.post().uri("/admin/relay/sla"))
                        .param("kind", "CS_FS")
                        .param("hours", "0")
                        .exchange())
                .hasRedirectedUrl("/admin/relay")
                .flash()
                .containsEntry("alert", "relaySettings.slaRange");
    }
}
