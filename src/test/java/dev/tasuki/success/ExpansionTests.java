package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.AccountRelay;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadLifecycle;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.RelayRuleBroken;
import dev.tasuki.relay.SendHandoff;

/**
 * Customer Success and the relay: an upsell raised as a CS→FS handoff, the onboarding handoff in the health score, and
 * a lost renewal taking the account's customer leads out of the funnel.
 */
@IntegrationTest
@Import(SuccessFixtures.class)
class ExpansionTests {

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    Expansions expansions;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    LeadLifecycle lifecycle;

    @Autowired
    AccountRelay relay;

    @Autowired
    CustomerHealth health;

    @Autowired
    Renewals renewals;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationClock clock;

    /** A lead taken through the relay to CUSTOMER and linked to the account, as a won deal leaves it. */
    private Lead customerLead(Account account) {
        Lead lead = leads.create(
                new LeadDetails(
                        "中村",
                        "健太",
                        null,
                        null,
                        "nakamura-" + System.nanoTime() + "@kaisha.example",
                        null,
                        account.name(),
                        "情報システム部長",
                        null,
                        null,
                        null,
                        LeadSource.WEBINAR,
                        null,
                        null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        handoffs.accept(
                handoffs.send(
                                lead.id(),
                                new SendHandoff(HandoffKind.MKT_IS, "資料請求あり", null, null),
                                users.signedIn(TestUsers.MARKETING_MEMBER))
                        .id(),
                users.signedIn(TestUsers.INSIDE_SALES_MEMBER));
        handoffs.accept(
                handoffs.send(
                                lead.id(),
                                new SendHandoff(
                                        HandoffKind.IS_FS,
                                        "商談化",
                                        new Bant("予算あり", "部長決裁", "二重入力の解消", "来期"),
                                        LocalDateTime.of(2026, 12, 10, 14, 0)),
                                users.signedIn(TestUsers.INSIDE_SALES_MEMBER))
                        .id(),
                users.signedIn(TestUsers.FIELD_SALES_MEMBER));
        lifecycle.moveForDeal(
                lead.id(),
                LifecycleStage.CUSTOMER,
                null,
                users.signedIn(TestUsers.FIELD_SALES_MEMBER).id());
        Lead now = leads.get(lead.id());
        return leads.confirmAccount(
                lead.id(), account.id(), now.version(), users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));
    }

    @Test
    void customerSuccessRaisesAnUpsellAsAHandoffToFieldSales() {
        Account account = fixtures.account("株式会社アップセル");
        Lead lead = customerLead(account);
        assertThat(expansions.candidates(account.id())).extracting(Lead::id).containsExactly(lead.id());

        Handoff raised = expansions.raise(
                account.id(),
                new RaiseExpansion(lead.id(), "全社展開で20ライセンス追加を検討"),
                users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));

        assertThat(raised.kind()).isEqualTo(HandoffKind.CS_FS);
        assertThat(raised.status()).isEqualTo(HandoffStatus.PENDING);
        assertThat(expansions.raised(account.id())).extracting(Handoff::id).containsExactly(raised.id());
        assertThat(relay.handoffs(account.id()))
                .extracting(Handoff::kind)
                .contains(HandoffKind.CS_FS, HandoffKind.IS_FS);
    }

    @Test
    void anUpsellNeedsANoteALeadOfTheAccountAndCustomerSuccessToSendIt() {
        Account account = fixtures.account("株式会社アップセル確認");
        Lead lead = customerLead(account);
        Account other = fixtures.account("株式会社別会社");

        assertThatThrownBy(() -> expansions.raise(
                        account.id(),
                        new RaiseExpansion(lead.id(), " "),
                        users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.field()).isEqualTo("note"));
        assertThatThrownBy(() -> expansions.raise(
                        other.id(),
                        new RaiseExpansion(lead.id(), "追加"),
                        users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .isInstanceOfSatisfying(
                        SuccessRuleBroken.class,
                        refused -> assertThat(refused.field()).isEqualTo("leadId"));
        assertThatThrownBy(() -> expansions.raise(
                        account.id(),
                        new RaiseExpansion(lead.id(), "追加"),
                        users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                .isInstanceOf(RelayRuleBroken.class);
        assertThat(expansions.raised(account.id())).isEmpty();
    }

    @Test
    void theOnboardingHandoffCountsInTheHealthScore() {
        Account account = fixtures.account("株式会社オンボーディング");
        Lead lead = customerLead(account);
        fixtures.win(account.id(), DealType.NEW, 60_000, ContractTerm.ANNUAL, clock.today());
        Handoff onboarding = handoffs.send(
                lead.id(),
                new SendHandoff(HandoffKind.FS_CS, "導入支援をお願いします", null, null),
                users.signedIn(TestUsers.FIELD_SALES_MEMBER));
        assertThat(reasonOf(account, HealthInput.ONBOARDING).signal())
                .as("pending for less than 3 days")
                .isEqualTo(HealthSignal.WARNING);

        handoffs.accept(onboarding.id(), users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));

        HealthReason reason = reasonOf(account, HealthInput.ONBOARDING);
        assertThat(reason.signal()).isEqualTo(HealthSignal.WARNING);
        assertThat(reason.messageKey()).isEqualTo("health.reason.ONBOARDING.running");
        assertThat(reason.value()).isZero();
    }

    @Test
    void aLostRenewalMovesTheAccountsCustomerLeadsToChurned() {
        Account account = fixtures.account("株式会社解約リード");
        Lead lead = customerLead(account);
        fixtures.win(
                account.id(),
                DealType.NEW,
                60_000,
                ContractTerm.ANNUAL,
                clock.today().plusDays(10).minusYears(1));

        renewals.lose(
                account.id(),
                new LoseContract(
                        "LOW_ADOPTION",
                        "現場で使われなかった",
                        renewals.contractOf(account.id()).orElseThrow().version()),
                users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));

        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.CHURNED);
        assertThat(leads.history(lead.id()))
                .last()
                .satisfies(entry -> assertThat(entry.to()).isEqualTo(LifecycleStage.CHURNED));
    }

    private HealthReason reasonOf(Account account, HealthInput input) {
        return health.of(account.id()).reasons().stream()
                .filter(r -> r.input() == input)
                .findFirst()
                .orElseThrow();
    }
}
