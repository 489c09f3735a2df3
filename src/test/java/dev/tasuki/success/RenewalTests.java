package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

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
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.TasukiException;

/**
 * Renewals decided by Customer Success: renewed at a new MRR or lost with a churn reason, by whom, and never over a
 * change someone else made first.
 */
@IntegrationTest
@Import(SuccessFixtures.class)
class RenewalTests {

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    Renewals renewals;

    @Autowired
    Mrr mrr;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationClock clock;

    @Autowired
    MockMvcTester mvc;

    /** An annual customer at 100,000 a month whose renewal is 20 days away. */
    private Account dueInTwentyDays(String name) {
        Account account = fixtures.account(name);
        fixtures.win(
                account.id(),
                DealType.NEW,
                100_000,
                ContractTerm.ANNUAL,
                renewalDay().minusYears(1));
        return account;
    }

    private LocalDate renewalDay() {
        return clock.today().plusDays(20);
    }

    private int version(Account account) {
        return renewals.contractOf(account.id()).orElseThrow().version();
    }

    private SignedInUser cs() {
        return users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
    }

    @Test
    void aRenewalDueSoonIsListedInTheWindowsThatReachIt() {
        Account account = dueInTwentyDays("株式会社更新予定");
        assertThat(renewals.upcoming(30))
                .filteredOn(r -> r.accountId() == account.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.dueOn()).isEqualTo(renewalDay());
                    assertThat(r.daysLeft()).isEqualTo(20);
                    assertThat(r.mrr()).isEqualTo(100_000);
                    assertThat(r.overdue()).isFalse();
                });
        assertThat(renewals.upcoming(90)).anyMatch(r -> r.accountId() == account.id());
        assertThat(renewals.upcoming(10)).noneMatch(r -> r.accountId() == account.id());
    }

    @Test
    void customerSuccessRenewsAtAHigherMrrWhichIsAnExpansionFromTheRenewalDay() {
        Account account = dueInTwentyDays("株式会社増額更新");
        RenewalDecision decision = renewals.renew(account.id(), new RenewContract(120_000L, version(account)), cs());

        assertThat(decision.outcome()).isEqualTo(RenewalOutcome.RENEWED);
        assertThat(decision.movement()).isEqualTo(MovementKind.EXPANSION);
        assertThat(decision.renewalOn()).isEqualTo(renewalDay());
        assertThat(decision.nextRenewalOn()).isEqualTo(renewalDay().plusYears(1));
        assertThat(mrr.of(account.id()).movements())
                .last()
                .isEqualTo(
                        new MrrMovement(account.id(), renewalDay(), MovementKind.EXPANSION, 20_000, 100_000, 120_000));
        assertThat(renewals.contractOf(account.id()).orElseThrow().renewalOn())
                .isEqualTo(renewalDay().plusYears(1));
    }

    @Test
    void aRenewalAtTheSameMrrMovesTheDateButMakesNoMovementAndALowerOneIsAContraction() {
        Account same = dueInTwentyDays("株式会社同額更新");
        assertThat(renewals.renew(same.id(), new RenewContract(100_000L, version(same)), cs())
                        .movement())
                .isNull();
        assertThat(mrr.of(same.id()).movements()).extracting(MrrMovement::kind).containsExactly(MovementKind.NEW);

        Account lower = dueInTwentyDays("株式会社減額更新");
        assertThat(renewals.renew(lower.id(), new RenewContract(80_000L, version(lower)), cs())
                        .movement())
                .isEqualTo(MovementKind.CONTRACTION);
    }

    @Test
    void onlyCustomerSuccessAndAdminsDecideRenewals() {
        Account account = dueInTwentyDays("株式会社権限確認");
        RenewContract renew = new RenewContract(110_000L, version(account));

        assertThatThrownBy(() -> renewals.renew(account.id(), renew, users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                .isInstanceOfSatisfying(SuccessRuleBroken.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(TasukiException.Kind.FORBIDDEN);
                    assertThat(refused.messageKey()).isEqualTo("success.notCustomerSuccess");
                });
        assertThatThrownBy(() -> renewals.renew(account.id(), renew, users.signedIn(TestUsers.EXECUTIVE)))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("success.readOnly"));
        assertThat(version(account)).as("refusals change nothing").isEqualTo(renew.version());

        SignedInUser manager = new SignedInUser(users.fresh(Role.MANAGER, Department.CUSTOMER_SUCCESS), null);
        assertThat(renewals.mayDecide(manager)).isTrue();
        assertThat(renewals.renew(account.id(), renew, users.signedIn(TestUsers.ADMIN))
                        .outcome())
                .isEqualTo(RenewalOutcome.RENEWED);
    }

    @Test
    void aDecisionFromAStaleVersionIsRefusedAndOverwritesNothing() {
        Account account = dueInTwentyDays("株式会社同時更新");
        int seen = version(account);
        renewals.renew(account.id(), new RenewContract(130_000L, seen), cs());

        assertThatThrownBy(() -> renewals.renew(account.id(), new RenewContract(90_000L, seen), cs()))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.kind()).isEqualTo(TasukiException.Kind.CONFLICT));
        assertThatThrownBy(() -> renewals.lose(account.id(), new LoseContract("BUDGET_CUT", "予算がなくなった", seen), cs()))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.kind()).isEqualTo(TasukiException.Kind.CONFLICT));
        assertThat(mrr.of(account.id()).levels())
                .last()
                .satisfies(level -> assertThat(level.mrr()).isEqualTo(130_000));
    }

    @Test
    void aLossNeedsAReasonAndAComment() {
        Account account = dueInTwentyDays("株式会社解約理由");
        int seen = version(account);
        assertThatThrownBy(() -> renewals.lose(account.id(), new LoseContract(" ", "コメント", seen), cs()))
                .isInstanceOfSatisfying(SuccessRuleBroken.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(TasukiException.Kind.RULE_BROKEN);
                    assertThat(refused.field()).isEqualTo("reasonCode");
                });
        assertThatThrownBy(() -> renewals.lose(account.id(), new LoseContract("NO_SUCH_REASON", "コメント", seen), cs()))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("renewal.unknownReason"));
        assertThatThrownBy(() -> renewals.lose(account.id(), new LoseContract("BUDGET_CUT", "", seen), cs()))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.field()).isEqualTo("comment"));
        assertThat(renewals.contractOf(account.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aLossChurnsTheCustomerFromTheRenewalDayWithItsReason() {
        Account account = dueInTwentyDays("株式会社解約");
        RenewalDecision decision =
                renewals.lose(account.id(), new LoseContract("COMPETITOR", "他社の安価なプランへ移行", version(account)), cs());

        assertThat(decision.outcome()).isEqualTo(RenewalOutcome.LOST);
        assertThat(decision.movement()).isEqualTo(MovementKind.CHURN);
        assertThat(mrr.of(account.id()).movements())
                .last()
                .isEqualTo(new MrrMovement(account.id(), renewalDay(), MovementKind.CHURN, -100_000, 100_000, 0));
        assertThat(renewals.contractOf(account.id())).hasValueSatisfying(contract -> {
            assertThat(contract.active()).isFalse();
            assertThat(contract.churnReason()).isEqualTo("COMPETITOR");
            assertThat(contract.churnedOn()).isEqualTo(renewalDay());
        });
        assertThat(renewals.upcoming(90)).noneMatch(r -> r.accountId() == account.id());
    }

    @Test
    void theApiListsRenewalsAndAnswersProblemJsonWhenRefused() {
        Account account = dueInTwentyDays("株式会社API更新");
        int seen = version(account);
        MvcTestResult listed = mvc.get()
                .uri("/api/v1/renewals?days=30")
                .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD))
                .exchange();
        assertThat(listed)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[?(@.accountId == " + account.id() + ")].version")
                .asArray()
                .containsExactly(seen);

        MvcTestResult fieldSales = post(
                TestUsers.FIELD_SALES_MEMBER,
                "/api/v1/renewals/" + account.id() + "/renew",
                "{\"mrr\":110000,\"version\":" + seen + "}");
        assertThat(fieldSales).hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        MvcTestResult renewed = post(
                TestUsers.CUSTOMER_SUCCESS_MEMBER,
                "/api/v1/renewals/" + account.id() + "/renew",
                "{\"mrr\":110000,\"version\":" + seen + "}");
        assertThat(renewed)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.movement")
                .isEqualTo("EXPANSION");

        MvcTestResult stale = post(
                TestUsers.CUSTOMER_SUCCESS_MEMBER,
                "/api/v1/renewals/" + account.id() + "/lose",
                "{\"reasonCode\":\"BUDGET_CUT\",\"comment\":\"予算削減\",\"version\":" + seen + "}");
        assertThat(stale).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale).bodyJson().extractingPath("$.detail").asString().contains("他の人が先に");

        MvcTestResult noReason = post(
                TestUsers.CUSTOMER_SUCCESS_MEMBER,
                "/api/v1/renewals/" + account.id() + "/lose",
                "{\"comment\":\"理由なし\",\"version\":" + version(account) + "}");
        assertThat(noReason)
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("解約理由を選択してください。");
    }

    private MvcTestResult post(String email, String uri, String json) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ja")
                .content(json)
                .exchange();
    }
}
