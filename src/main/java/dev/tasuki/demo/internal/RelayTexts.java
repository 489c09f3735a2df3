package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.pick;

import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.tasuki.relay.Bant;
import dev.tasuki.relay.LeadSource;

/**
 * What the people of the relay write when they hand a lead on or turn it back: handoff notes, BANT, rejection comments.
 * In Japanese, as they would write it.
 */
final class RelayTexts {

    private static final Map<LeadSource, List<String>> MQL_NOTES = Map.of(
            LeadSource.INQUIRY,
                    List.of(
                            "問い合わせフォームから導入相談。営業日報の入力負荷に課題あり、早めの連絡希望。",
                            "料金ページ閲覧後に問い合わせ。既存SFAからの乗り換えを検討中とのこと。",
                            "デモ希望の問い合わせ。インサイドセールス部門を立ち上げ予定。"),
            LeadSource.WEBINAR,
                    List.of(
                            "ウェビナー参加後のアンケートで「情報収集中（半年以内に導入検討）」と回答。",
                            "ウェビナー最後まで視聴、Q&Aで商談化率の計測方法を質問。スコア閾値超え。",
                            "ウェビナー2回参加。アンケートで個別相談を希望。"),
            LeadSource.SEMINAR, List.of("セミナー参加、終了後に名刺交換。部門間の引き継ぎに課題ありとのこと。", "セミナーのアンケートで「具体的に検討中」に回答。"),
            LeadSource.EXHIBITION,
                    List.of(
                            "展示会ブースでデモを見学。Excel管理からの脱却を検討。",
                            "展示会で名刺交換、その後のお礼メールを開封しセミナーに申込み。スコア閾値超え。",
                            "展示会ブースでヒアリング済み。来期の営業体制見直しで情報収集中。"),
            LeadSource.CONTENT_DOWNLOAD,
                    List.of("ホワイトペーパーを3本ダウンロード、料金ページも閲覧。スコア閾値超え。", "資料ダウンロード後のナーチャリングメールに反応、事例ページを複数閲覧。"),
            LeadSource.ADVERTISING, List.of("広告経由で資料請求、その後料金ページを再訪。スコア閾値超え。", "リスティング広告から無料トライアルに申込み。"),
            LeadSource.REFERRAL, List.of("既存顧客からの紹介。営業部長が直接話を聞きたいとのこと。", "パートナー企業からの紹介案件。予算化済みの可能性あり。"),
            LeadSource.OUTBOUND, List.of("アウトバウンドのメールに返信あり。現行ツールの更新時期が近い。", "ターゲットリストへの架電で担当者と接触、資料送付済み。"));

    private static final List<String> RESENT = List.of(
            "ご指摘の点を確認しました。決裁者（営業本部長）も次回の打ち合わせに同席予定です。",
            "不足していた情報（電話番号・検討状況・利用人数）を追記しました。再度ご確認ください。",
            "先方に再確認し、検討体制と導入時期が明確になりました。");

    private static final Map<RejectionReason, List<String>> MQL_REJECTIONS = Map.of(
            RejectionReason.NO_BUDGET, List.of("今期は予算がないとのこと。来期の予算策定時期に再アプローチ。", "無料ツールで十分とのこと。予算化の見込みなし。"),
            RejectionReason.TOO_EARLY, List.of("情報収集段階で、具体的な検討は1年後。ナーチャリングへ。", "現行システムの契約が来年まで残っているため時期尚早。"),
            RejectionReason.UNREACHABLE, List.of("3回架電、メール2通送付も応答なし。", "代表番号経由でも担当者につながらず。"),
            RejectionReason.NOT_TARGET, List.of("従業員5名の個人事業で、当社サービスの対象外。", "学生の情報収集目的のダウンロードでした。"),
            RejectionReason.DUPLICATE, List.of("同じ方の別アドレスのリードが既に商談中です。", "同一企業の同部署から既に引き継ぎ済み。"),
            RejectionReason.NO_DECISION_MAKER, List.of("担当者レベルで、決裁者の関与が確認できません。決裁ルートを確認してください。"),
            RejectionReason.MISSING_INFO, List.of("電話番号と検討状況を確認してください。", "利用予定人数と現在のツールが不明です。"));

    private static final Map<RejectionReason, List<String>> SQL_REJECTIONS = Map.of(
            RejectionReason.NO_BUDGET, List.of("初回商談で予算が確保できていないことが判明。来期に再検討。"),
            RejectionReason.TOO_EARLY, List.of("導入は再来期以降とのこと。現時点では商談化できません。"),
            RejectionReason.UNREACHABLE, List.of("日程再調整の連絡に応答なし。"),
            RejectionReason.NOT_TARGET, List.of("必要な機能が当社の対象外（基幹システム連携が前提）。"),
            RejectionReason.DUPLICATE, List.of("同社の別部署で既に商談が進行中です。"),
            RejectionReason.NO_DECISION_MAKER,
                    List.of("決裁者が初回商談に同席できないため、日程を再調整してください。", "BANTの決裁者欄が担当者のままです。決裁者を確認してください。"),
            RejectionReason.MISSING_INFO, List.of("予算の金額感と比較中の他社が不明です。確認のうえ再送してください。"));

    private static final List<String> SQL_NOTES = List.of(
            "初回商談を設定済み。課題は部門間の引き継ぎ漏れ。比較検討中の他社あり。",
            "オンラインで初回商談を設定。現行SFAの入力負荷が高く、乗り換えを前向きに検討。",
            "訪問での商談を設定。営業部長と情報システム課長が同席予定。",
            "デモを希望。インサイドセールス立ち上げに合わせて導入したいとのこと。");

    private static final List<String> BUDGETS =
            List.of("年間%d万円程度を想定、来期予算で申請予定", "年間%d万円で予算確保済み", "%d万円以内なら部長決裁で導入可能", "予算枠%d万円、稟議はこれから");
    private static final List<String> AUTHORITIES =
            List.of("営業本部長が最終決裁、担当課長が推進役", "代表取締役が決裁、営業部長が起案", "情報システム部長と営業部長の合議で決定", "事業部長決裁、稟議は2段階");
    private static final List<String> NEEDS = List.of(
            "営業日報とExcel管理の二重入力をなくしたい",
            "マーケティングから営業への引き継ぎ漏れを防ぎたい",
            "商談化率・受注率を部門ごとに可視化したい",
            "インサイドセールス立ち上げに合わせて案件管理を統一したい",
            "属人化した顧客情報を全社で共有したい");
    private static final List<String> TIMINGS =
            List.of("来期4月から利用開始したい", "3か月以内に導入判断", "年内に比較検討を終える予定", "半年後の組織改編に合わせて導入");

    private static final List<String> ONBOARDING = List.of(
            "受注しました。キックオフの日程調整をお願いします。契約は年間、50ID。",
            "受注。先方の推進役は営業企画課長。初期設定の支援を手厚くお願いします。",
            "受注しました。既存SFAからのデータ移行が必要です。");

    private RelayTexts() {}

    static String mqlNote(Random random, LeadSource source) {
        return pick(random, MQL_NOTES.getOrDefault(source, MQL_NOTES.get(LeadSource.INQUIRY)));
    }

    static String resentNote(Random random) {
        return pick(random, RESENT);
    }

    static String mqlRejection(Random random, RejectionReason reason) {
        return pick(random, MQL_REJECTIONS.get(reason));
    }

    static String sqlRejection(Random random, RejectionReason reason) {
        return pick(random, SQL_REJECTIONS.get(reason));
    }

    static String sqlNote(Random random) {
        return pick(random, SQL_NOTES);
    }

    static Bant bant(Random random, int budgetTenThousands) {
        return new Bant(
                String.format(pick(random, BUDGETS), budgetTenThousands),
                pick(random, AUTHORITIES),
                pick(random, NEEDS),
                pick(random, TIMINGS));
    }

    static String onboardingNote(Random random) {
        return pick(random, ONBOARDING);
    }
}
