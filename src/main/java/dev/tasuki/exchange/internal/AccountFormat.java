package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import dev.tasuki.platform.OrganisationClock;

/**
 * A file of companies (HubSpot companies, Salesforce accounts): each row an account, found again by its id in the other
 * system, then by its domain, then by its name.
 */
abstract class AccountFormat extends FileFormat<IncomingAccount> {

    private final Values values;
    private final Owners owners;
    private final OrganisationClock clock;

    AccountFormat(
            String name,
            String source,
            List<Column> columns,
            Values values,
            Owners owners,
            AccountWriter writer,
            OrganisationClock clock) {
        super(name, source, columns, writer);
        this.values = values;
        this.owners = owners;
        this.clock = clock;
    }

    @Override
    public IncomingAccount read(Row row) {
        String name = Values.text(row, "name", 200);
        if (name == null && row.errors().isEmpty()) {
            row.error("name", "exchange.import.required");
        }
        String domain = Values.text(row, "domain", 253);
        if (domain != null && !domainKey(domain).matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
            row.error("domain", "exchange.import.badDomain", domain);
        }
        Instant created = values.instant(row, "created");
        if (!row.errors().isEmpty()) {
            return null;
        }
        return new IncomingAccount(
                name,
                domain,
                Values.text(row, "phone", 32),
                owners.find(row.get("owner")),
                created == null ? clock.now() : created);
    }

    @Override
    public List<String> keys(Row row, IncomingAccount account) {
        return Stream.of(
                        row.has("id") ? "id:" + row.get("id") : null,
                        account.domain() == null ? null : "domain:" + domainKey(account.domain()),
                        "name:" + account.name().toLowerCase(Locale.ROOT))
                .filter(Objects::nonNull)
                .toList();
    }

    /** "https://www.example.co.jp/about" → "example.co.jp", to tell two rows of one company in a file. */
    static String domainKey(String domain) {
        return domain.strip()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^[a-z]+://", "")
                .replaceFirst("^www\\.", "")
                .replaceFirst("[/?#].*$", "");
    }
}
