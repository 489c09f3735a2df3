package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.platform.OrganisationClock;

/** Salesforce opportunities (商談), from a report or Data Loader: IsWon and IsClosed close a deal. */
@Component
class SalesforceOpportunities extends DealFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Id", "Opportunity ID", "商談 ID"),
            required("name", "Name", "Opportunity Name", "商談名"),
            optional("company", "Account Name", "Account", "取引先名"),
            optional("companyId", "AccountId", "Account ID", "取引先 ID"),
            required("stage", "StageName", "Stage", "フェーズ"),
            optional("amount", "Amount", "金額"),
            MRR,
            ARR,
            optional("close", "CloseDate", "Close Date", "完了予定日"),
            optional("created", "CreatedDate", "Created Date", "作成日"),
            optional("won", "IsWon", "Won", "成立"),
            optional("closed", "IsClosed", "Closed", "完了"),
            optional("type", "Type", "種別"),
            optional("owner", "Opportunity Owner", "Owner", "商談 所有者", "所有者"));

    SalesforceOpportunities(
            Values values, Owners owners, DealStages stages, DealWriter writer, OrganisationClock clock) {
        super("salesforce-opportunities", "salesforce", COLUMNS, values, owners, stages, writer, clock);
    }
}
