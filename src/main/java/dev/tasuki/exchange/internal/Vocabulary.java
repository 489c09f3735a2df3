package dev.tasuki.exchange.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * The values other CRMs write for lifecycle stages, lead statuses and lead sources, in English and Japanese, as labels
 * or internal names, compared as {@link Column#key} compares headers. See docs/exchange.md for the table.
 */
final class Vocabulary {

    private static final Map<String, LifecycleStage> HUBSPOT_LIFECYCLE = new HashMap<>();
    private static final Map<String, LifecycleStage> SALESFORCE_STATUS = new HashMap<>();
    private static final Map<String, LeadSource> SOURCES = new HashMap<>();

    static {
        // HubSpot's Subscriber is someone who only receives content: a lead not yet qualified. An Evangelist is a
        // customer who recommends us, so still a customer. Other is a contact outside the funnel (a partner, a
        // supplier): not a sales target, so DISQUALIFIED.
        put(HUBSPOT_LIFECYCLE, LifecycleStage.LEAD, "subscriber", "サブスクライバー", "購読者", "lead", "リード");
        put(
                HUBSPOT_LIFECYCLE,
                LifecycleStage.MQL,
                "marketingqualifiedlead",
                "Marketing Qualified Lead",
                "MQL",
                "マーケティングクオリファイドリード",
                "マーケティング・クオリファイド・リード");
        put(HUBSPOT_LIFECYCLE, LifecycleStage.SAL, "SAL");
        put(
                HUBSPOT_LIFECYCLE,
                LifecycleStage.SQL,
                "salesqualifiedlead",
                "Sales Qualified Lead",
                "SQL",
                "セールスクオリファイドリード",
                "セールス・クオリファイド・リード");
        put(HUBSPOT_LIFECYCLE, LifecycleStage.OPPORTUNITY, "opportunity", "商談");
        put(HUBSPOT_LIFECYCLE, LifecycleStage.CUSTOMER, "customer", "顧客", "evangelist", "エバンジェリスト");
        put(HUBSPOT_LIFECYCLE, LifecycleStage.DISQUALIFIED, "other", "その他");

        put(SALESFORCE_STATUS, LifecycleStage.LEAD, "Open - Not Contacted", "Open", "New", "未対応", "新規");
        put(SALESFORCE_STATUS, LifecycleStage.SAL, "Working - Contacted", "Working", "対応中");
        put(SALESFORCE_STATUS, LifecycleStage.SQL, "Qualified", "見込みあり");
        put(SALESFORCE_STATUS, LifecycleStage.OPPORTUNITY, "Closed - Converted", "Converted", "取引開始済み");
        put(SALESFORCE_STATUS, LifecycleStage.RECYCLED, "Nurturing", "育成中");
        put(SALESFORCE_STATUS, LifecycleStage.DISQUALIFIED, "Closed - Not Converted", "Unqualified", "不適格", "取引不成立");

        put(SOURCES, LeadSource.EXHIBITION, "Trade Show", "展示会", "OFFLINE", "Offline Sources", "オフラインソース");
        put(SOURCES, LeadSource.WEBINAR, "Webinar", "ウェビナー");
        put(SOURCES, LeadSource.SEMINAR, "Seminar", "Seminar - Internal", "Seminar - Partner", "セミナー");
        put(
                SOURCES,
                LeadSource.INQUIRY,
                "Web",
                "Phone Inquiry",
                "電話問い合わせ",
                "問い合わせ",
                "ORGANIC_SEARCH",
                "Organic Search",
                "オーガニック検索",
                "DIRECT_TRAFFIC",
                "Direct Traffic",
                "ダイレクトトラフィック",
                "SOCIAL_MEDIA",
                "Organic Social",
                "オーガニックソーシャル");
        put(
                SOURCES,
                LeadSource.CONTENT_DOWNLOAD,
                "EMAIL_MARKETING",
                "Email Marketing",
                "Eメールマーケティング",
                "White Paper",
                "ホワイトペーパー",
                "資料ダウンロード");
        put(
                SOURCES,
                LeadSource.ADVERTISING,
                "PAID_SEARCH",
                "Paid Search",
                "有料検索",
                "PAID_SOCIAL",
                "Paid Social",
                "有料ソーシャル",
                "Advertisement",
                "広告");
        put(
                SOURCES,
                LeadSource.REFERRAL,
                "REFERRALS",
                "Referrals",
                "参照元サイト",
                "Partner Referral",
                "パートナー紹介",
                "Employee Referral",
                "社員紹介",
                "External Referral",
                "外部紹介",
                "紹介");
        put(SOURCES, LeadSource.OUTBOUND, "Cold Call", "Purchased List", "購入リスト", "テレアポ");
        for (LeadSource source : LeadSource.values()) {
            SOURCES.put(Column.key(source.name()), source);
        }
        for (LifecycleStage stage : LifecycleStage.values()) {
            HUBSPOT_LIFECYCLE.putIfAbsent(Column.key(stage.name()), stage);
        }
    }

    private Vocabulary() {}

    private static <T> void put(Map<String, T> map, T value, String... texts) {
        for (String text : texts) {
            map.put(Column.key(text), value);
        }
    }

    static Optional<LifecycleStage> hubspotLifecycle(String value) {
        return Optional.ofNullable(HUBSPOT_LIFECYCLE.get(Column.key(value)));
    }

    static Optional<LifecycleStage> salesforceStatus(String value) {
        return Optional.ofNullable(SALESFORCE_STATUS.get(Column.key(value)));
    }

    /** The channel of a source label; OTHER for one we do not know (a source is a label, never a reason to refuse). */
    static LeadSource source(String value) {
        return SOURCES.getOrDefault(Column.key(value), LeadSource.OTHER);
    }
}
