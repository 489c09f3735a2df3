package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadFields;

/**
 * A file of leads (HubSpot contacts, Salesforce leads). Every such file has a name, an email, a company, a title, a
 * source, an owner and a creation time under one header or another, read with the limits of the lead form; each format
 * rebuilds the stage history from its own columns. Rows are found again by their id and by their email.
 */
abstract class LeadFormat extends FileFormat<IncomingLead> {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Values values;
    private final Owners owners;

    LeadFormat(String name, String source, List<Column> columns, Values values, Owners owners, LeadWriter writer) {
        super(name, source, columns, writer);
        this.values = values;
        this.owners = owners;
    }

    /** The stage entries from the row's columns, from creation to the current stage; errors go on the row. */
    abstract List<ImportedLead.Entry> entries(Row row, Instant created, Instant lastKnown);

    Values values() {
        return values;
    }

    @Override
    public IncomingLead read(Row row) {
        LeadDetails details = details(row);
        Instant created = values.instant(row, "created");
        if (created == null && row.errors().isEmpty()) {
            row.error("created", "exchange.import.required");
        }
        Instant modified = values.instant(row, "modified");
        List<ImportedLead.Entry> entries =
                created == null ? null : entries(row, created, modified == null ? created : modified);
        return row.errors().isEmpty() ? new IncomingLead(details, created, entries) : null;
    }

    private LeadDetails details(Row row) {
        String email = Values.text(row, "email", LeadFields.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            row.error("email", "exchange.import.badEmail", email);
        }
        String family = Values.text(row, "familyName", LeadFields.NAME);
        String given = Values.text(row, "givenName", LeadFields.NAME);
        if (family == null && given == null && email == null && row.errors().isEmpty()) {
            row.error("email", "exchange.import.nameOrEmail");
        }
        return new LeadDetails(
                family,
                given,
                null,
                null,
                email,
                Values.text(row, "phone", LeadFields.PHONE),
                Values.text(row, "company", LeadFields.COMPANY),
                Values.text(row, "title", LeadFields.TITLE),
                null,
                null,
                null,
                Vocabulary.source(row.get("source")),
                null,
                owners.find(row.get("owner")));
    }

    @Override
    public List<String> keys(Row row, IncomingLead lead) {
        String email = lead.details().email();
        return Stream.of(
                        row.has("id") ? "id:" + row.get("id") : null,
                        email == null ? null : "email:" + email.toLowerCase(Locale.ROOT))
                .filter(Objects::nonNull)
                .toList();
    }
}
