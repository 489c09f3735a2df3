package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.platform.OrganisationClock;

/** Salesforce accounts (取引先), from a report or Data Loader. */
@Component
class SalesforceAccounts extends AccountFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Id", "Account ID", "取引先 ID"),
            required("name", "Name", "Account Name", "取引先名"),
            optional("domain", "Website", "Web サイト", "Webサイト"),
            optional("phone", "Phone", "電話"),
            optional("created", "CreatedDate", "Created Date", "作成日"),
            optional("owner", "Account Owner", "Owner", "取引先 所有者", "所有者"));

    SalesforceAccounts(Values values, Owners owners, AccountWriter writer, OrganisationClock clock) {
        super("salesforce-accounts", "salesforce", COLUMNS, values, owners, writer, clock);
    }
}
