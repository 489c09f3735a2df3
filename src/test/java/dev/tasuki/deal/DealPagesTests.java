package dev.tasuki.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.NewAccount;

@IntegrationTest
class DealPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Deals deals;

    @Autowired
    Accounts accounts;

    @Autowired
    TestUsers users;

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private Deal newDeal(String name) {
        long account = accounts.create(
                        new NewAccount(
                                "画面テスト" + System.nanoTime(), null, null, null, null, null, null, null, null, null),
                        users.signedIn(TestUsers.ADMIN))
                .id();
        return deals.open(
                new DealDetails(
                        account,
                        name,
                        DealType.NEW,
                        2_400_000,
                        200_000,
                        ContractTerm.ANNUAL,
                        LocalDate.of(2027, 2, 28),
                        null),
                users.signedIn(TestUsers.FIELD_SALES_MEMBER));
    }

    @Test
    void theBoardShowsADealAndMovesItWithoutDragging() {
        Deal deal = newDeal("ボード表示テスト");
        assertThat(as(TestUsers.FIELD_SALES_MEMBER, mvc.get().uri("/deals/board"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("ボード表示テスト")
                .contains("初回商談")
                .contains("¥2,400,000");

        var moved = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/deals/" + deal.id() + "/stage"))
                .param("stage", "QUOTE")
                .param("version", String.valueOf(deal.version()))
                .header("HX-Request", "true")
                .exchange();
        assertThat(moved).hasStatusOk().bodyText().contains("id=\"pipeline\"");
        assertThat(deals.get(deal.id()).stage()).isEqualTo("QUOTE");
    }

    @Test
    void aWinWithoutReasonIsRefusedOnThePageAndChangesNothing() {
        Deal deal = newDeal("理由なし受注テスト");
        var refused = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/deals/" + deal.id() + "/win"))
                .param("reasonCode", "")
                .param("comment", "")
                .param("version", String.valueOf(deal.version()))
                .exchange();
        assertThat(refused).hasStatusOk().bodyText().contains("空白は許可されていません");
        assertThat(deals.get(deal.id()).status()).isEqualTo(DealStatus.OPEN);
    }

    @Test
    void theListTotalsFollowMetrics() {
        Deal deal = newDeal("合計テスト" + System.nanoTime());
        var list = as(
                        TestUsers.FIELD_SALES_MEMBER,
                        mvc.get()
                                .uri("/deals?status=OPEN&owner="
                                        + users.signedIn(TestUsers.FIELD_SALES_MEMBER)
                                                .id()))
                .exchange();
        assertThat(list)
                .hasStatusOk()
                .bodyText()
                .contains(deal.name())
                .contains("パイプライン金額")
                .contains("加重パイプライン");
    }

    @Test
    void anotherDepartmentCannotMoveADeal() {
        Deal deal = newDeal("他部門テスト");
        as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/deals/" + deal.id() + "/stage"))
                .param("stage", "QUOTE")
                .param("version", String.valueOf(deal.version()))
                .exchange();
        assertThat(deals.get(deal.id()).stage()).isEqualTo("FIRST_MEETING");
    }
}
