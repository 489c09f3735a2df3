package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;

/** An account's MRR through the API: levels and derived movements; levels set by hand, the same day replaced. */
@IntegrationTest
@Import(SuccessFixtures.class)
class MrrApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    TestUsers users;

    private MvcTestResult setLevel(String email, long accountId, String json) {
        return mvc.post()
                .uri("/api/v1/accounts/" + accountId + "/mrr/levels")
                .with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ja")
                .content(json)
                .exchange();
    }

    @Test
    void readsLevelsAndMovementsAndASecondLevelOfTheSameDayReplacesTheFirst() {
        Account account = fixtures.account("株式会社API MRR");
        fixtures.win(account.id(), DealType.NEW, 100_000, ContractTerm.ANNUAL, LocalDate.of(2026, 1, 1));

        assertThat(setLevel(
                        TestUsers.CUSTOMER_SUCCESS_MEMBER,
                        account.id(),
                        "{\"effectiveOn\":\"2026-03-01\",\"mrr\":180000}"))
                .hasStatusOk();
        // corrected the same day: 100,000 → 130,000 on 1 March is one EXPANSION of +30,000, not +80,000 and −50,000
        MvcTestResult corrected = setLevel(
                TestUsers.CUSTOMER_SUCCESS_MEMBER, account.id(), "{\"effectiveOn\":\"2026-03-01\",\"mrr\":130000}");
        assertThat(corrected)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.movements[1].amount")
                .isEqualTo(30000);

        MvcTestResult read = mvc.get()
                .uri("/api/v1/accounts/" + account.id() + "/mrr")
                .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD))
                .exchange();
        assertThat(read).hasStatusOk();
        assertThat(read).bodyJson().extractingPath("$.levels.length()").isEqualTo(2);
        assertThat(read).bodyJson().extractingPath("$.levels[1].source").isEqualTo("MANUAL");
        assertThat(read).bodyJson().extractingPath("$.movements[0].kind").isEqualTo("NEW");
        assertThat(read).bodyJson().extractingPath("$.movements[1].kind").isEqualTo("EXPANSION");
        assertThat(read).bodyJson().extractingPath("$.movements[1].mrrBefore").isEqualTo(100000);
    }

    @Test
    void onlyCustomerSuccessSetsLevelsAndBadInputAnswersProblemJson() {
        Account account = fixtures.account("株式会社API権限");
        assertThat(setLevel(TestUsers.FIELD_SALES_MEMBER, account.id(), "{\"effectiveOn\":\"2026-03-01\",\"mrr\":1}"))
                .hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(setLevel(TestUsers.EXECUTIVE, account.id(), "{\"effectiveOn\":\"2026-03-01\",\"mrr\":1}"))
                .hasStatus(403);
        assertThat(setLevel(
                        TestUsers.CUSTOMER_SUCCESS_MEMBER, account.id(), "{\"effectiveOn\":\"2026-03-01\",\"mrr\":-5}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("mrr");
        assertThat(mvc.get()
                        .uri("/api/v1/accounts/999999999/mrr")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD))
                        .exchange())
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        MvcTestResult docs = mvc.get()
                .uri("/v3/api-docs")
                .with(user(users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .exchange();
        assertThat(docs)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths['/api/v1/renewals/{accountId}/renew'].post")
                .isNotNull();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/accounts/{id}/mrr'].get")
                .isNotNull();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/customers/{accountId}/health'].get")
                .isNotNull();
    }

    @Test
    void theCustomerPageReadsInEnglishToo() {
        Account account = fixtures.account("English Customer KK");
        fixtures.win(account.id(), DealType.NEW, 80_000, ContractTerm.MONTHLY, LocalDate.of(2026, 1, 1));
        MvcTestResult page = mvc.get()
                .uri("/customers/" + account.id())
                .with(user(users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .with(csrf())
                .header("Accept-Language", "en")
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("MRR over time")
                .contains("Monthly (rolling)")
                .contains("New MRR ¥80,000")
                .contains("Show the numbers behind the chart")
                .contains("1 Jan 2026");
    }
}
