package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.platform.OrganisationClock;

/** HubSpot's deals export: each deal a deal of its associated company. The pipeline column is read and not used. */
@Component
class HubspotDeals extends DealFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Record ID", "Deal ID", "レコードID", "取引ID"),
            required("name", "Deal Name", "取引名"),
            optional("amount", "Amount", "金額"),
            MRR,
            ARR,
            required("stage", "Deal Stage", "取引ステージ"),
            optional("close", "Close Date", "クローズ日", "完了予定日"),
            optional("created", "Create Date", "作成日"),
            optional("pipeline", "Pipeline", "パイプライン"),
            optional("type", "Deal Type", "取引タイプ"),
            optional("company", "Associated Company", "Associated Company (Primary)", "関連付けられた会社", "関連会社"),
            optional("companyId", "Associated Company IDs", "Associated Company IDs (Primary)", "関連付けられた会社ID"),
            optional("owner", "Deal owner", "取引担当者", "担当者"));

    HubspotDeals(Values values, Owners owners, DealStages stages, DealWriter writer, OrganisationClock clock) {
        super("hubspot-deals", "hubspot", COLUMNS, values, owners, stages, writer, clock);
    }
}
