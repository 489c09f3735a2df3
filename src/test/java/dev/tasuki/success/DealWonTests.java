package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.customer.Account;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;

/** A won deal sets the account's MRR level from the contract start; the movements follow from the levels. */
@IntegrationTest
@Import(SuccessFixtures.class)
class DealWonTests {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    Mrr mrr;

    @Autowired
    Renewals renewals;

    @Autowired
    Timeline timeline;

    @Autowired
    EventRecorder events;

    @Test
    void aNewDealSetsTheLevelMakesANewMovementAndStartsAnAnnualContract() {
        Account account = fixtures.account("株式会社新規受注");
        fixtures.win(account.id(), DealType.NEW, 100_000, ContractTerm.ANNUAL, APRIL);

        MrrHistory history = mrr.of(account.id());
        assertThat(history.levels()).singleElement().satisfies(level -> {
            assertThat(level.effectiveOn()).isEqualTo(APRIL);
            assertThat(level.mrr()).isEqualTo(100_000);
            assertThat(level.source()).isEqualTo(MrrSource.DEAL);
        });
        assertThat(history.movements())
                .containsExactly(new MrrMovement(account.id(), APRIL, MovementKind.NEW, 100_000, 0, 100_000));
        assertThat(renewals.contractOf(account.id())).hasValueSatisfying(contract -> {
            assertThat(contract.startedOn()).isEqualTo(APRIL);
            assertThat(contract.term()).isEqualTo(ContractTerm.ANNUAL);
            assertThat(contract.renewalOn()).as("start + 12 months").isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(contract.active()).isTrue();
        });
        assertThat(events.all(MrrMoved.class))
                .filteredOn(e -> e.accountId() == account.id())
                .containsExactly(new MrrMoved(account.id(), MovementKind.NEW, 100_000, APRIL, 0, 100_000));
        assertThat(timeline.ofAccount(account.id(), 10))
                .extracting(TimelineEntry::kind)
                .contains(TimelineKind.MRR_NEW);
        assertThat(timeline.ofAccount(account.id(), 10))
                .filteredOn(e -> e.kind() == TimelineKind.MRR_NEW)
                .singleElement()
                .satisfies(e -> assertThat(e.arguments())
                        .containsExactly("#yen:100000", "#yen:0", "#yen:100000", "#date:2026-04-01"));
    }

    @Test
    void aMonthlyContractRenewsAMonthOn() {
        Account account = fixtures.account("株式会社月額契約");
        fixtures.win(account.id(), DealType.NEW, 30_000, ContractTerm.MONTHLY, APRIL);
        assertThat(renewals.contractOf(account.id()))
                .hasValueSatisfying(contract -> assertThat(contract.renewalOn()).isEqualTo(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void anExpansionDealAddsItsMrrToTheLevelOfItsStart() {
        Account account = fixtures.account("株式会社拡大受注");
        fixtures.win(account.id(), DealType.NEW, 100_000, ContractTerm.ANNUAL, APRIL);
        fixtures.win(account.id(), DealType.EXPANSION, 30_000, ContractTerm.ANNUAL, LocalDate.of(2026, 7, 1));

        MrrHistory history = mrr.of(account.id());
        // 0 → 100,000 on 1 April: NEW; 100,000 + 30,000 on 1 July: EXPANSION +30,000
        assertThat(history.movements())
                .extracting(MrrMovement::kind, MrrMovement::amount, MrrMovement::mrrAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.NEW, 100_000L, 100_000L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.EXPANSION, 30_000L, 130_000L));
        assertThat(renewals.contractOf(account.id()))
                .hasValueSatisfying(contract -> assertThat(contract.renewalOn())
                        .as("an expansion is co-termed")
                        .isEqualTo(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void aRenewalDealSetsTheRenewedLevelAndMovesTheRenewalATermOn() {
        Account account = fixtures.account("株式会社更新受注");
        fixtures.win(account.id(), DealType.NEW, 100_000, ContractTerm.ANNUAL, APRIL);
        int version = renewals.contractOf(account.id()).orElseThrow().version();
        fixtures.win(account.id(), DealType.RENEWAL, 90_000, ContractTerm.ANNUAL, LocalDate.of(2027, 4, 1));

        // renewed at 90,000 from 1 April 2027: 100,000 → 90,000, CONTRACTION −10,000
        assertThat(mrr.of(account.id()).movements())
                .extracting(MrrMovement::kind, MrrMovement::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.NEW, 100_000L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.CONTRACTION, -10_000L));
        assertThat(renewals.contractOf(account.id())).hasValueSatisfying(contract -> {
            assertThat(contract.renewalOn()).isEqualTo(LocalDate.of(2028, 4, 1));
            assertThat(contract.version()).isGreaterThan(version);
        });
    }

    @Test
    void aNewDealForAChurnedAccountIsAReactivation() {
        Account account = fixtures.account("株式会社再契約");
        fixtures.win(account.id(), DealType.NEW, 50_000, ContractTerm.ANNUAL, LocalDate.of(2024, 4, 1));
        fixtures.win(account.id(), DealType.RENEWAL, 0, ContractTerm.ANNUAL, LocalDate.of(2025, 4, 1));
        fixtures.win(account.id(), DealType.NEW, 70_000, ContractTerm.ANNUAL, APRIL);

        assertThat(mrr.of(account.id()).movements())
                .extracting(MrrMovement::kind)
                .containsExactly(MovementKind.NEW, MovementKind.CHURN, MovementKind.REACTIVATION);
    }

    @Test
    void aNewDealForAnAccountThatPaysAlreadyAddsItsMrrAndKeepsTheContract() {
        Account account = fixtures.account("株式会社別部署導入");
        fixtures.win(account.id(), DealType.NEW, 100_000, ContractTerm.ANNUAL, APRIL);
        fixtures.win(account.id(), DealType.NEW, 40_000, ContractTerm.MONTHLY, LocalDate.of(2026, 9, 1));

        // another department buys on 1 September: 100,000 + 40,000 = 140,000, EXPANSION +40,000
        assertThat(mrr.of(account.id()).movements())
                .extracting(MrrMovement::kind, MrrMovement::amount, MrrMovement::mrrAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.NEW, 100_000L, 100_000L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.EXPANSION, 40_000L, 140_000L));
        assertThat(renewals.contractOf(account.id())).hasValueSatisfying(contract -> {
            assertThat(contract.startedOn()).isEqualTo(APRIL);
            assertThat(contract.term()).isEqualTo(ContractTerm.ANNUAL);
        });
    }
}
