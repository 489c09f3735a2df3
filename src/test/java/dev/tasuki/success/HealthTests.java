package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.customer.Activities;
import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.LogActivity;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.platform.OrganisationClock;

/** Health measured on real records: activities and tasks from the customer module, MRR movements from deals. */
@IntegrationTest
@Import(SuccessFixtures.class)
class HealthTests {

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    CustomerHealth health;

    @Autowired
    Activities activities;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationClock clock;

    @Autowired
    MockMvcTester mvc;

    private void log(Account account, ActivityKind kind, int daysAgo, Integer dueInDays) {
        activities.log(
                new LogActivity(
                        account.id(),
                        null,
                        null,
                        kind,
                        kind.name() + " の記録",
                        null,
                        clock.today()
                                .minusDays(daysAgo)
                                .atStartOfDay(ZoneId.of("Asia/Tokyo"))
                                .plusHours(10)
                                .toInstant(),
                        dueInDays == null ? null : clock.today().plusDays(dueInDays)),
                users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    @Test
    void aCustomerLeftAloneWithOverdueTasksAndAContractionIsRedWithItsReasons() {
        Account account = fixtures.account("株式会社ヘルス危険");
        fixtures.win(
                account.id(),
                DealType.NEW,
                100_000,
                ContractTerm.ANNUAL,
                clock.today().minusMonths(8));
        fixtures.win(
                account.id(),
                DealType.RENEWAL,
                70_000,
                ContractTerm.ANNUAL,
                clock.today().minusDays(30));
        log(account, ActivityKind.CALL, 80, null);
        log(account, ActivityKind.TASK, 70, -10);
        log(account, ActivityKind.TASK, 70, -5);
        log(account, ActivityKind.TASK, 60, -1);

        Health result = health.of(account.id());

        // recency 80 days: bad; MRR −30%: bad; 3 overdue tasks: bad; no onboarding handoff: no data 50; no NPS 50
        // → (0 × 30 + 0 × 30 + 0 × 20 + 50 × 10 + 50 × 10) / 100 = 10
        assertThat(result.score()).isEqualTo(10);
        assertThat(result.colour()).isEqualTo(HealthColour.RED);
        assertThat(result.reasons())
                .filteredOn(r -> r.signal() == HealthSignal.BAD)
                .extracting(HealthReason::input)
                .containsExactlyInAnyOrder(
                        HealthInput.ACTIVITY_RECENCY, HealthInput.MRR_TREND, HealthInput.OVERDUE_TASKS);
        assertThat(health.atRisk())
                .anyMatch(risk ->
                        risk.accountId() == account.id() && risk.health().colour() == HealthColour.RED);
    }

    @Test
    void aCustomerInTouchAndGrowingIsGreenAndTheApiExplainsWhy() {
        Account account = fixtures.account("株式会社ヘルス良好");
        fixtures.win(
                account.id(),
                DealType.NEW,
                100_000,
                ContractTerm.ANNUAL,
                clock.today().minusMonths(6));
        fixtures.win(
                account.id(),
                DealType.EXPANSION,
                50_000,
                ContractTerm.ANNUAL,
                clock.today().minusDays(10));
        log(account, ActivityKind.MEETING, 3, null);

        // recency 3: good; MRR +50%: good; no overdue task: good; onboarding no data 50; NPS no data 50 → 90
        Health result = health.of(account.id());
        assertThat(result.score()).isEqualTo(90);
        assertThat(result.colour()).isEqualTo(HealthColour.GREEN);
        assertThat(health.atRisk()).noneMatch(risk -> risk.accountId() == account.id());

        assertThat(mvc.get()
                        .uri("/api/v1/customers/" + account.id() + "/health")
                        .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD))
                        .header("Accept-Language", "ja")
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.reasons[?(@.input == 'MRR_TREND')].explanation")
                .asArray()
                .singleElement()
                .asString()
                .contains("50% 増加");
    }

    @Test
    void anActivityLoggedForgetsTheStoredHealthSoListsSeeTheChange() {
        Account account = fixtures.account("株式会社ヘルス更新");
        fixtures.win(
                account.id(),
                DealType.NEW,
                100_000,
                ContractTerm.ANNUAL,
                clock.today().minusMonths(6));
        log(account, ActivityKind.CALL, 90, null);
        HealthColour before = health.of(account.id()).colour();

        log(account, ActivityKind.CALL, 0, null);

        assertThat(before).isEqualTo(HealthColour.YELLOW);
        assertThat(health.atRisk()).noneMatch(risk -> risk.accountId() == account.id());
    }
}
