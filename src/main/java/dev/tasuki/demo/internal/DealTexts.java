package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.pick;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What Field Sales and Customer Success write when a deal is won or lost, or a customer leaves: the reason codes of a
 * new Tasuki (V5__deal.sql, V6__success.sql) with how often each is given, and comments in Japanese.
 */
final class DealTexts {

    /** A reason code and the comment written with it. */
    record Close(String reason, String comment) {}

    private static final List<String> WIN_REASONS = List.of("FIT", "PRICE_VALUE", "RELATIONSHIP", "SUPPORT");
    private static final int[] WIN_WEIGHTS = {40, 20, 20, 20};
    private static final List<String> LOSS_REASONS =
            List.of("PRICE", "MISSING_FEATURE", "COMPETITOR", "TIMING", "BUDGET_FROZEN", "NO_DECISION");
    private static final int[] LOSS_WEIGHTS = {25, 15, 25, 15, 10, 10};
    private static final List<String> CHURN_REASONS =
            List.of("BUDGET_CUT", "COMPETITOR", "LOW_ADOPTION", "DOWNSIZING", "MERGER", "MISSING_FEATURE", "OTHER");
    private static final int[] CHURN_WEIGHTS = {25, 20, 25, 10, 5, 10, 5};

    private static final Map<String, List<String>> COMMENTS = Map.ofEntries(
            Map.entry(
                    "FIT", List.of("部門間の引き継ぎを一元管理できる点が決め手。トライアルで現場の評価も高かった。", "SFAとMAの連携要件をすべて満たせた。情報システム部の承認もスムーズ。")),
            Map.entry("PRICE_VALUE", List.of("他社より初期費用が低く、1年目で投資回収できる試算に納得いただけた。", "ID単価は他社並みだが、分析機能込みの価格を評価いただいた。")),
            Map.entry("RELATIONSHIP", List.of("営業部長と定期的に課題を整理してきた結果、指名での発注。", "紹介元のお客様の評価が後押しになった。")),
            Map.entry("SUPPORT", List.of("オンボーディング支援と専任CSの体制が評価された。", "データ移行を当社で支援する提案が決め手。")),
            Map.entry("PRICE", List.of("価格面で他社に決定。ID数が多く、単価差が響いた。", "予算上限を2割超えており、調整できなかった。")),
            Map.entry("MISSING_FEATURE", List.of("基幹システムとの双方向連携が必須で、現行機能では対応できず。", "モバイルアプリでのオフライン入力が要件に含まれていた。")),
            Map.entry("COMPETITOR", List.of("既存取引のある大手ベンダーの製品に決定。", "競合の大幅値引き提案に押し切られた。")),
            Map.entry("TIMING", List.of("組織変更のため導入は来期以降に見送り。半年後に再アプローチ。", "現行システムの契約が残っており、今期は見送り。")),
            Map.entry("BUDGET_FROZEN", List.of("業績悪化により、IT投資が全社で凍結された。", "予算が下期に持ち越しとなり、プロジェクト自体が凍結。")),
            Map.entry("NO_DECISION", List.of("決裁者の交代により白紙に。", "社内の優先度が下がり、検討が進まないまま期限切れ。")),
            Map.entry("BUDGET_CUT", List.of("全社的なコスト削減の対象となり、契約を終了。", "来期予算が削減され、更新を見送り。")),
            Map.entry("LOW_ADOPTION", List.of("現場の入力が定着せず、利用者が半数以下のまま推移。", "担当者の退職後、社内で推進役がいなくなった。")),
            Map.entry("DOWNSIZING", List.of("営業部門の縮小に伴い解約。", "事業の一部撤退により利用部門がなくなった。")),
            Map.entry("MERGER", List.of("親会社のシステムに統合されることになった。")),
            Map.entry("OTHER", List.of("担当部署の方針変更により解約。")));

    private static final List<String> EXPANSION_NAMES = List.of("追加ライセンス", "上位プラン移行", "他部署展開", "分析オプション追加");
    private static final List<String> CHECK_INS =
            List.of("定例ミーティング：活用状況の確認", "利用状況レポートの共有", "管理者向け勉強会", "活用度ヒアリング", "新機能のご案内");

    private DealTexts() {}

    static Close won(Random random) {
        return close(random, WIN_REASONS, WIN_WEIGHTS);
    }

    static Close lost(Random random) {
        return close(random, LOSS_REASONS, LOSS_WEIGHTS);
    }

    static Close noDecision(Random random) {
        return new Close("NO_DECISION", pick(random, COMMENTS.get("NO_DECISION")));
    }

    static Close churned(Random random) {
        return close(random, CHURN_REASONS, CHURN_WEIGHTS);
    }

    static String expansionName(Random random) {
        return pick(random, EXPANSION_NAMES);
    }

    static String checkIn(Random random) {
        return pick(random, CHECK_INS);
    }

    private static Close close(Random random, List<String> reasons, int[] weights) {
        String reason = reasons.get(Weighted.index(random, weights));
        return new Close(reason, pick(random, COMMENTS.get(reason)));
    }
}
