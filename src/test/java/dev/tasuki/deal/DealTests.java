package dev.tasuki.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.RelayJourneys;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Accounts;
import dev.tasuki.customer.NewAccount;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffStatus;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.WorkQueue;

/** The second half of the relay: from the accepted IS→FS handoff to a won or lost deal. */
@IntegrationTest
class DealTests {

    @Autowired
    Deals deals;

    @Autowired
    Forecast forecast;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    WorkQueue queue;

    @Autowired
    Accounts accounts;

    @Autowired
    TestUsers users;

    @Autowired
    EventRecorder events;

    private SignedInUser fieldSales() {
        return users.signedIn(TestUsers.FIELD_SALES_MEMBER);
    }

    @Autowired
    RelayJourneys journeys;

    private Deal opportunity() {
        return journeys.opportunity("吉野ロジテック株式会社");
    }

    @Test
    void acceptingAnIsToFsHandoffOpensANewDealForTheLeadsAccount() {
        Deal deal = opportunity();
        assertThat(deal.type()).isEqualTo(DealType.NEW);
        assertThat(deal.status()).isEqualTo(DealStatus.OPEN);
        assertThat(deal.stage()).isEqualTo("FIRST_MEETING");
        assertThat(deal.ownerId()).isEqualTo(fieldSales().id());
        assertThat(deal.department()).isEqualTo(Department.FIELD_SALES);
        assertThat(accounts.get(deal.accountId()).name()).isEqualTo("吉野ロジテック株式会社");
        assertThat(leads.get(deal.leadId()).accountId())
                .as("the lead is linked to the account the deal is for")
                .isEqualTo(deal.accountId());
    }

    @Test
    void winningANewDealMakesTheLeadACustomerAndHandsItToCustomerSuccess() {
        Deal opened = opportunity();
        Deal deal = deals.move(opened.id(), "NEGOTIATION", opened.version(), fieldSales());
        assertThatThrownBy(() -> deals.win(
                        deal.id(),
                        new CloseDeal("MADE_UP", "理由", 50_000L, ContractTerm.ANNUAL, null, deal.version()),
                        fieldSales()))
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.unknownReason"));

        Deal won = deals.win(
                deal.id(),
                new CloseDeal(
                        "FIT", "配車機能が決め手", 50_000L, ContractTerm.ANNUAL, LocalDate.of(2027, 1, 1), deal.version()),
                fieldSales());

        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.stage()).isEqualTo("WON");
        assertThat(leads.get(deal.leadId()).stage()).isEqualTo(LifecycleStage.CUSTOMER);
        Handoff onboarding = handoffs.ofLead(deal.leadId()).get(0);
        assertThat(onboarding.kind()).isEqualTo(HandoffKind.FS_CS);
        assertThat(onboarding.status()).isEqualTo(HandoffStatus.PENDING);
        assertThat(onboarding.note())
                .contains("MRR: ¥50,000")
                .contains("2027-01-01")
                .contains("配車機能が決め手");
        assertThat(queue.waitingFor(Department.CUSTOMER_SUCCESS))
                .anyMatch(item -> item.handoff().id() == onboarding.id());
        assertThat(events.all(DealWon.class))
                .filteredOn(e -> e.dealId() == deal.id())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.mrr()).isEqualTo(50_000L);
                    assertThat(e.term()).isEqualTo(ContractTerm.ANNUAL);
                    assertThat(e.contractStart()).isEqualTo(LocalDate.of(2027, 1, 1));
                });
        assertThatThrownBy(() -> deals.lose(
                        deal.id(), new CloseDeal("PRICE", "後から", null, null, null, won.version()), fieldSales()))
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.closed"));
    }

    @Test
    void losingANewDealMakesTheLeadLostWithTheReason() {
        Deal deal = opportunity();
        deals.lose(
                deal.id(),
                new CloseDeal("COMPETITOR", "他社の既存契約が残っていた", null, null, null, deal.version()),
                fieldSales());
        assertThat(leads.get(deal.leadId()).stage()).isEqualTo(LifecycleStage.LOST);
        assertThat(events.all(DealLost.class))
                .anyMatch(e -> e.dealId() == deal.id() && e.reasonCode().equals("COMPETITOR"));
    }

    @Test
    void onlyTheRunningDepartmentChangesADealAndStaleVersionsAreRefused() {
        Deal deal = opportunity();
        assertThatThrownBy(() -> deals.move(
                        deal.id(), "PROPOSAL", deal.version(), users.signedIn(TestUsers.INSIDE_SALES_MEMBER)))
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.notYours"));
        assertThatThrownBy(() -> deals.move(deal.id(), "PROPOSAL", deal.version(), users.signedIn(TestUsers.EXECUTIVE)))
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.readOnly"));
        Deal moved = deals.move(deal.id(), "PROPOSAL", deal.version(), fieldSales());
        assertThat(deals.history(deal.id()))
                .extracting(DealStageEntry::to)
                .containsExactly("FIRST_MEETING", "PROPOSAL");
        assertThatThrownBy(() -> deals.move(deal.id(), "QUOTE", deal.version(), fieldSales()))
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.staleVersion"));
        assertThatThrownBy(() -> deals.move(deal.id(), "WON", moved.version(), fieldSales()))
                .as("a deal is won only with a reason, never by a plain move")
                .isInstanceOfSatisfying(
                        DealRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("deal.unknownStage"));
    }

    @Test
    void customerSuccessRunsItsOwnExpansionDeals() {
        SignedInUser cs = users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        long account = accounts.create(
                        new NewAccount(
                                "拡大テスト商事" + System.nanoTime(), null, null, null, null, null, null, null, null, null),
                        cs)
                .id();
        Deal expansion = deals.open(
                new DealDetails(
                        account,
                        "ユーザー追加50名",
                        DealType.EXPANSION,
                        1_200_000,
                        100_000,
                        ContractTerm.ANNUAL,
                        LocalDate.of(2027, 3, 31),
                        null),
                cs);
        assertThat(expansion.department()).isEqualTo(Department.CUSTOMER_SUCCESS);
        assertThatThrownBy(() -> deals.move(expansion.id(), "PROPOSAL", expansion.version(), fieldSales()))
                .isInstanceOf(DealRuleBroken.class);
        deals.win(
                expansion.id(),
                new CloseDeal("RELATIONSHIP", "活用が進み追加", null, null, LocalDate.of(2027, 4, 1), expansion.version()),
                cs);
        assertThat(events.all(DealWon.class))
                .anyMatch(e -> e.dealId() == expansion.id() && e.type() == DealType.EXPANSION && e.mrr() == 100_000);
    }

    @Test
    void theForecastSumsCommitBestCasePipelineAndWeightedByMonth() {
        SignedInUser fs = fieldSales();
        long account = accounts.create(
                        new NewAccount(
                                "予測テスト工業" + System.nanoTime(), null, null, null, null, null, null, null, null, null),
                        users.signedIn(TestUsers.ADMIN))
                .id();
        LocalDate closeOn = LocalDate.of(2031, 3, 15);
        Deal a = deals.open(
                new DealDetails(account, "A", DealType.NEW, 1_000_000, 0, ContractTerm.ANNUAL, closeOn, null), fs);
        Deal b = deals.open(
                new DealDetails(account, "B", DealType.NEW, 600_000, 0, ContractTerm.ANNUAL, closeOn, null), fs);
        deals.open(new DealDetails(account, "C", DealType.NEW, 300_000, 0, ContractTerm.ANNUAL, closeOn, null), fs);
        deals.move(a.id(), "NEGOTIATION", a.version(), fs);
        deals.move(b.id(), "PROPOSAL", b.version(), fs);

        // A ¥1,000,000 at 交渉 (80 %), B ¥600,000 at 提案 (40 %), C ¥300,000 at 初回商談 (10 %):
        // commit = A = 1,000,000; best case = A + B = 1,600,000; pipeline = A + B + C = 1,900,000;
        // weighted = 800,000 + 240,000 + 30,000 = 1,070,000.
        assertThat(forecast.lines(false))
                .filteredOn(line -> line.month().equals(YearMonth.of(2031, 3)))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.commit()).isEqualTo(1_000_000);
                    assertThat(line.bestCase()).isEqualTo(1_600_000);
                    assertThat(line.pipeline()).isEqualTo(1_900_000);
                    assertThat(line.weighted()).isEqualTo(1_070_000);
                    assertThat(line.won()).isZero();
                });
    }
}
