package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealStageEntry;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.Deals;
import dev.tasuki.success.Mrr;

/**
 * A HubSpot deals export in Japanese with the recurring revenue properties: each deal keeps its MRR (the monthly
 * column, else a twelfth of the annual one), a newer export updates it and moves the stage, and no deal sets the
 * account's MRR levels, which come from the MRR import (docs/exchange.md).
 */
@IntegrationTest
@Import(ImportFixtures.class)
class DealImportTests {

    @Autowired
    ImportFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Deals deals;

    @Autowired
    Mrr mrr;

    private static String deals(String u, String secondStage, String secondMrr) {
        return """
                レコードID,取引名,金額,取引ステージ,クローズ日,作成日,取引タイプ,関連付けられた会社ID,月間経常収益,年間経常収益
                %1$s-d1,年間契約,"1,200,000",成約,2026/03/31,2026/01/15,newbusiness,%1$s-c,"100,000","1,200,000"
                %1$s-d2,追加席,"360,006",%2$s,2026/06/30,2026/04/01,existingbusiness,%1$s-c,%3$s,"360,006"
                """.formatted(u, secondStage, secondMrr);
    }

    @Test
    void dealsKeepTheirMrrAndSetNoMrrLevels() {
        String u = ImportFixtures.unique();
        assertThat(fixtures.post("format=hubspot-companies", """
                レコードID,会社名,会社ドメイン名
                %1$s-c,つばさ物産%1$s,tsubasa-%1$s.example.jp
                """.formatted(u))).hasStatusOk();
        Account account =
                accounts.matchFor("tsubasa-" + u + ".example.jp", null).orElseThrow();

        MvcTestResult created = fixtures.post("format=hubspot-deals", deals(u, "契約書送付済み", ""));

        assertThat(created).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        // The monthly column wins; without it, ARR / 12 rounded half up: 360,006 / 12 = 30,000.5.
        assertThat(deals.ofAccount(account.id()))
                .extracting(Deal::name, Deal::status, Deal::mrr)
                .containsExactlyInAnyOrder(
                        tuple("年間契約", DealStatus.WON, 100_000L), tuple("追加席", DealStatus.OPEN, 30_001L));
        assertThat(mrr.of(account.id()).isEmpty())
                .as("a won deal of an export sets no MRR level")
                .isTrue();

        MvcTestResult updated = fixtures.post("format=hubspot-deals", deals(u, "成約", "\"35,000\""));

        assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(1);
        assertThat(updated).bodyJson().extractingPath("$.unchanged").isEqualTo(1);
        Deal expansion = deals.ofAccount(account.id()).stream()
                .filter(deal -> deal.name().equals("追加席"))
                .findFirst()
                .orElseThrow();
        assertThat(expansion.mrr()).isEqualTo(35_000L);
        assertThat(expansion.status()).isEqualTo(DealStatus.WON);
        assertThat(deals.history(expansion.id()))
                .extracting(DealStageEntry::from, DealStageEntry::to)
                .containsExactly(tuple(null, "NEGOTIATION"), tuple("NEGOTIATION", "WON"));
        assertThat(mrr.of(account.id()).isEmpty()).isTrue();
    }
}
