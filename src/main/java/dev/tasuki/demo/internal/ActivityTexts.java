package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.pick;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Subjects and bodies of the activities the demo's people log: Inside Sales calls and emails, Field Sales meetings,
 * Marketing's event notes, Customer Success's kick-off. Japanese.
 */
final class ActivityTexts {

    /** A subject and the body under it. */
    record Text(String subject, String body) {}

    private static final List<Text> FIRST_CALLS = List.of(
            new Text("初回架電", "担当者と会話。営業管理はExcel中心で、引き継ぎ漏れが課題。資料を送付し、来週再度連絡。"),
            new Text("初回架電", "問い合わせ内容を確認。現在は他社SFAを利用中で、更新時期が近い。"),
            new Text("初回架電：ヒアリング", "組織構成と利用人数（約30名）を確認。インサイドセールスは未設置。"),
            new Text("初回架電", "不在のため折り返しを依頼。同日夕方に本人から折り返しあり、概要を説明。"));
    private static final List<Text> MISSED_CALLS =
            List.of(new Text("架電（不在）", "代表番号経由で不在。メールでも連絡。"), new Text("架電（不在）", "留守番電話にメッセージを残した。"));
    private static final List<Text> CALLS_AGAIN =
            List.of(new Text("再確認の架電", "マーケティングが追記した内容を本人に確認。検討体制を再ヒアリング。"), new Text("再確認の架電", "決裁者の同席について確認が取れた。"));
    private static final List<Text> FOLLOW_UPS = List.of(
            new Text("資料送付", "料金表と導入事例（製造業・物流業）をメールで送付。"),
            new Text("フォロー架電", "資料の感想をヒアリング。社内で共有してから返答するとのこと。"),
            new Text("日程調整メール", "初回商談の候補日を3つ提示。"),
            new Text("ヒアリング架電", "予算・決裁ルート・導入時期を確認。"),
            new Text("事例紹介メール", "同業種の導入事例と効果（入力時間40%削減）を紹介。"));
    private static final List<Text> APPOINTMENTS =
            List.of(new Text("アポイント獲得", "初回商談の日程が確定。営業部長も同席予定。"), new Text("アポイント獲得", "オンライン商談で合意。事前に課題シートを共有済み。"));
    private static final List<Text> FIRST_MEETINGS = List.of(
            new Text("初回商談（オンライン）", "課題と現状の運用をヒアリングし、デモを実施。"),
            new Text("初回商談（訪問）", "営業部長・情報システム課長と面談。要件を整理し、次回提案を約束。"));
    /** The meeting at which a deal moved on to the stage. */
    private static final Map<String, List<Text>> STAGE_MEETINGS = Map.of(
            "PROPOSAL",
                    List.of(
                            new Text("提案・デモ", "要件に沿ったデモと導入スケジュールを提案。"),
                            new Text("トライアル振り返り", "2週間のトライアル結果を確認。入力時間が短縮できたと評価。")),
            "QUOTE", List.of(new Text("見積提示", "50ID・年間契約で見積を提示。他社と比較検討中。"), new Text("見積提示", "利用人数に合わせたプランで見積を提示。")),
            "NEGOTIATION", List.of(new Text("稟議フォロー", "稟議資料の作成を支援。費用対効果の試算を共有。"), new Text("条件交渉", "契約開始日と支払条件を調整。")));

    private static final List<Text> KICK_OFFS = List.of(
            new Text("オンボーディング キックオフ", "導入スケジュールと初期設定の分担を合意。"),
            new Text("オンボーディング キックオフ", "管理者向けトレーニングを実施。データ移行は来週から。"));

    private ActivityTexts() {}

    static Text firstCall(Random random) {
        return pick(random, FIRST_CALLS);
    }

    static Text missedCall(Random random) {
        return pick(random, MISSED_CALLS);
    }

    /** A call after Marketing sent a returned lead again with what was missing. */
    static Text callAgain(Random random) {
        return pick(random, CALLS_AGAIN);
    }

    static Text followUp(Random random) {
        return pick(random, FOLLOW_UPS);
    }

    static Text appointment(Random random) {
        return pick(random, APPOINTMENTS);
    }

    static Text firstMeeting(Random random) {
        return pick(random, FIRST_MEETINGS);
    }

    /** The meeting at which a deal moved on to the stage; none for stages reached without one. */
    static Optional<Text> meetingAt(String stage, Random random) {
        return Optional.ofNullable(STAGE_MEETINGS.get(stage)).map(texts -> pick(random, texts));
    }

    static Text kickOff(Random random) {
        return pick(random, KICK_OFFS);
    }

    /** The subject the scoring rule "セミナー参加" (+20) matches, with the event's name. */
    static Text attended(String campaign) {
        return new Text("セミナー参加：" + campaign, "当日参加、最後まで視聴。アンケート回答あり。");
    }

    static Text metAtBooth(String campaign) {
        return new Text("展示会ブースで名刺交換：" + campaign, "ブースでデモを見学。");
    }
}
