package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;
import static dev.tasuki.exchange.internal.Column.required;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.tasuki.platform.OrganisationClock;

/** HubSpot's companies export: each company an account. */
@Component
class HubspotCompanies extends AccountFormat {

    private static final List<Column> COLUMNS = List.of(
            optional("id", "Record ID", "Company ID", "レコードID", "会社ID"),
            required("name", "Company name", "Name", "会社名"),
            optional("domain", "Company Domain Name", "Website URL", "会社ドメイン名", "会社のドメイン名", "ウェブサイトURL"),
            optional("phone", "Phone Number", "電話番号"),
            optional("created", "Create Date", "作成日"),
            optional("owner", "Company owner", "会社の担当者", "担当者"));

    HubspotCompanies(Values values, Owners owners, AccountWriter writer, OrganisationClock clock) {
        super("hubspot-companies", "hubspot", COLUMNS, values, owners, writer, clock);
    }
}
