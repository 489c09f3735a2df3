package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LifecycleStage;

/** HubSpot's contacts export: each contact a lead, its history rebuilt from the "Became a … Date" columns. */
@Component
class HubspotContacts extends LeadFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Record ID", "Contact ID", "レコードID", "コンタクトID"),
            optional("givenName", "First Name", "名"),
            optional("familyName", "Last Name", "姓"),
            required("email", "Email", "Eメール", "メール", "メールアドレス"),
            optional("phone", "Phone Number", "電話番号"),
            optional("company", "Company Name", "会社名"),
            optional("title", "Job Title", "役職"),
            optional("lifecycle", "Lifecycle Stage", "ライフサイクルステージ"),
            required("created", "Create Date", "作成日"),
            optional("modified", "Last Modified Date", "最終更新日"),
            optional("source", "Original Source", "元のソース", "Original Source Type"),
            optional("becameLead", "Became a Lead Date", "リードになった日"),
            optional("becameMql", "Became a Marketing Qualified Lead Date", "マーケティングクオリファイドリードになった日"),
            optional("becameSql", "Became a Sales Qualified Lead Date", "セールスクオリファイドリードになった日"),
            optional("becameOpportunity", "Became an Opportunity Date", "商談になった日"),
            optional("becameCustomer", "Became a Customer Date", "顧客になった日"),
            optional("becameEvangelist", "Became an Evangelist Date", "エバンジェリストになった日"),
            optional("becameOther", "Became an Other Lifecycle Date", "その他になった日"),
            optional("owner", "Contact owner", "コンタクト担当者", "担当者"));

    HubspotContacts(Values values, Owners owners, LeadWriter writer) {
        super("hubspot-contacts", "hubspot", COLUMNS, values, owners, writer);
    }

    @Override
    List<ImportedLead.Entry> entries(Row row, Instant created, Instant lastKnown) {
        LifecycleStage current = null;
        if (row.has("lifecycle")) {
            current = Vocabulary.hubspotLifecycle(row.get("lifecycle")).orElse(null);
            if (current == null) {
                row.error("lifecycle", "exchange.import.unknownLifecycle", row.get("lifecycle"));
            }
        }
        return new LeadHistory(created)
                .reached(LifecycleStage.MQL, values().instant(row, "becameMql"))
                .reached(LifecycleStage.SQL, values().instant(row, "becameSql"))
                .reached(LifecycleStage.OPPORTUNITY, values().instant(row, "becameOpportunity"))
                .reached(LifecycleStage.CUSTOMER, values().instant(row, "becameCustomer"))
                .reached(LifecycleStage.CUSTOMER, values().instant(row, "becameEvangelist"))
                .reached(LifecycleStage.DISQUALIFIED, values().instant(row, "becameOther"))
                .entries(current, lastKnown);
    }
}
