package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LifecycleStage;

/**
 * Salesforce leads, from a report (English or Japanese headers) or Data Loader (API names). Status gives the stage,
 * entered at the lead's last change; a converted lead became an opportunity at its converted date.
 */
@Component
class SalesforceLeads extends LeadFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Id", "Lead ID", "リード ID"),
            optional("givenName", "FirstName", "First Name", "名"),
            required("familyName", "LastName", "Last Name", "姓"),
            optional("company", "Company", "Company / Account", "会社名"),
            optional("email", "Email", "メール"),
            optional("phone", "Phone", "電話"),
            optional("title", "Title", "役職"),
            optional("source", "LeadSource", "Lead Source", "リードソース"),
            optional("status", "Status", "Lead Status", "リード状況", "状況"),
            required("created", "CreatedDate", "Created Date", "作成日"),
            optional("modified", "LastModifiedDate", "Last Modified Date", "最終更新日"),
            optional("converted", "IsConverted", "Converted", "取引開始済み"),
            optional("convertedDate", "ConvertedDate", "Converted Date", "取引開始日"),
            optional("owner", "Lead Owner", "Owner", "リード所有者", "所有者"));

    SalesforceLeads(Values values, Owners owners, LeadWriter writer) {
        super("salesforce-leads", "salesforce", COLUMNS, values, owners, writer);
    }

    @Override
    List<ImportedLead.Entry> entries(Row row, Instant created, Instant lastKnown) {
        LifecycleStage current = null;
        if (row.has("status")) {
            current = Vocabulary.salesforceStatus(row.get("status")).orElse(null);
            if (current == null) {
                row.error("status", "exchange.import.unknownStatus", row.get("status"));
            }
        }
        Instant converted = values().instant(row, "convertedDate");
        if (values().yes(row, "converted") || converted != null) {
            current = LifecycleStage.OPPORTUNITY;
        }
        return new LeadHistory(created)
                .reached(LifecycleStage.OPPORTUNITY, converted)
                .entries(current, lastKnown);
    }
}
