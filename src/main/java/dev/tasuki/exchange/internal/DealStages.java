package dev.tasuki.exchange.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.Deals;

/**
 * Pipeline stages and deal types as HubSpot's default pipeline and Salesforce's default opportunity stages name them
 * (labels and internal names, English and Japanese), and as ours are named (code, Japanese and English label).
 */
@Component
class DealStages {

    private static final Map<String, String> OTHERS = new HashMap<>();
    private static final Map<String, DealType> TYPES = new HashMap<>();

    static {
        put(
                OTHERS,
                "FIRST_MEETING",
                "appointmentscheduled",
                "Appointment Scheduled",
                "アポイント設定済み",
                "Prospecting",
                "見込み客");
        put(
                OTHERS,
                "DISCOVERY",
                "qualifiedtobuy",
                "Qualified To Buy",
                "購入見込みあり",
                "Qualification",
                "評価",
                "Needs Analysis",
                "ニーズ分析");
        put(
                OTHERS,
                "PROPOSAL",
                "presentationscheduled",
                "Presentation Scheduled",
                "プレゼン予定",
                "Value Proposition",
                "価値提案",
                "Id. Decision Makers",
                "意思決定者の特定",
                "Perception Analysis",
                "認識分析");
        put(
                OTHERS,
                "QUOTE",
                "decisionmakerboughtin",
                "Decision Maker Bought-In",
                "決裁者の賛同",
                "Proposal/Price Quote",
                "提案/見積");
        put(OTHERS, "NEGOTIATION", "contractsent", "Contract Sent", "契約書送付済み", "Negotiation/Review", "交渉/レビュー");
        put(OTHERS, "WON", "closedwon", "Closed Won", "成約", "受注");
        put(OTHERS, "LOST", "closedlost", "Closed Lost", "不成立", "失注");
        put(TYPES, DealType.NEW, "newbusiness", "New Business", "新規ビジネス", "新規", "New Customer");
        put(
                TYPES,
                DealType.EXPANSION,
                "existingbusiness",
                "Existing Business",
                "既存ビジネス",
                "Existing Customer - Upgrade",
                "既存顧客 - アップグレード",
                "アップセル",
                "Expansion");
        put(TYPES, DealType.RENEWAL, "Renewal", "更新", "Existing Customer - Replacement", "既存顧客 - 置き換え");
    }

    private static <T> void put(Map<String, T> map, T value, String... texts) {
        for (String text : texts) {
            map.put(Column.key(text), value);
        }
    }

    private final Deals deals;

    DealStages(Deals deals) {
        this.deals = deals;
    }

    Optional<String> stage(String value) {
        String key = Column.key(value);
        for (DealStage stage : deals.stages()) {
            if (key.equals(Column.key(stage.code()))
                    || key.equals(Column.key(stage.labelJa()))
                    || key.equals(Column.key(stage.labelEn()))) {
                return Optional.of(stage.code());
            }
        }
        return Optional.ofNullable(OTHERS.get(key));
    }

    /** Whether a stage of ours (a code) closes a deal, won or lost. */
    boolean closes(String code) {
        return deals.stages().stream().anyMatch(stage -> stage.code().equals(code) && !stage.open());
    }

    /** The deal type of a value; NEW when the file has none. */
    Optional<DealType> type(String value) {
        return value.isBlank() ? Optional.of(DealType.NEW) : Optional.ofNullable(TYPES.get(Column.key(value)));
    }
}
