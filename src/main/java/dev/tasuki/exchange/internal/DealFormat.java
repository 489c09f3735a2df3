package dev.tasuki.exchange.internal;

import static dev.tasuki.exchange.internal.Column.optional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.tasuki.deal.DealType;
import dev.tasuki.platform.OrganisationClock;

/**
 * A file of deals (HubSpot deals, Salesforce opportunities): each row a deal of the company it names, found again by
 * its id in the other system, else by its name within that company. IsWon / IsClosed, where the file has them, close
 * the deal whatever its stage says; a closed deal closed on its close date. The deal's MRR is its monthly recurring
 * revenue column, else a twelfth of its annual one (whole yen, rounded half up), else 0.
 */
abstract class DealFormat extends FileFormat<IncomingDeal> {

    /**
     * HubSpot's default deal properties (English and Japanese labels; the revenue analytics' recurring revenue amount
     * is monthly too). Salesforce has none by default: a custom field is mapped to these on the mapping screen.
     */
    static final Column MRR =
            optional("mrr", "Monthly recurring revenue", "MRR", "月間経常収益", "Recurring revenue amount", "経常収益額");

    static final Column ARR = optional("arr", "Annual recurring revenue", "ARR", "年間経常収益");

    private final Values values;
    private final Owners owners;
    private final DealStages stages;
    private final OrganisationClock clock;

    DealFormat(
            String name,
            String source,
            List<Column> columns,
            Values values,
            Owners owners,
            DealStages stages,
            DealWriter writer,
            OrganisationClock clock) {
        super(name, source, columns, writer);
        this.values = values;
        this.owners = owners;
        this.stages = stages;
        this.clock = clock;
    }

    @Override
    public IncomingDeal read(Row row) {
        String name = Values.text(row, "name", 200);
        if (name == null && row.errors().isEmpty()) {
            row.error("name", "exchange.import.required");
        }
        String stage = stages.stage(row.get("stage")).orElse(null);
        if (stage == null) {
            row.error("stage", "exchange.import.unknownDealStage", row.get("stage"));
        }
        DealType type = stages.type(row.get("type")).orElse(null);
        if (type == null) {
            row.error("type", "exchange.import.unknownDealType", row.get("type"));
        }
        if (row.has("closed") && values.yes(row, "closed")) {
            stage = row.has("won") && values.yes(row, "won") ? "WON" : "LOST";
        }
        Long amount = values.yen(row, "amount");
        Long mrr = values.yen(row, "mrr");
        Long arr = values.yen(row, "arr");
        Instant created = values.instant(row, "created");
        Instant closeAt = values.instant(row, "close");
        if (!row.has("company") && !row.has("companyId")) {
            row.error("company", "exchange.import.companyRequired");
        }
        if (!row.errors().isEmpty()) {
            return null;
        }
        Instant createdAt = created != null ? created : closeAt != null ? closeAt : clock.now();
        LocalDate closeOn =
                (closeAt != null ? closeAt : createdAt).atZone(clock.zone()).toLocalDate();
        boolean closed = stages.closes(stage);
        long monthly = mrr != null ? mrr : arr != null ? (arr + 6) / 12 : 0;
        return new IncomingDeal(
                name,
                type,
                amount == null ? 0 : amount,
                monthly,
                closeOn,
                owners.find(row.get("owner")),
                stage,
                createdAt,
                closed ? (closeAt != null && !closeAt.isBefore(createdAt) ? closeAt : createdAt) : null,
                row.has("companyId") ? firstId(row.get("companyId")) : null,
                row.has("company") ? row.get("company") : null);
    }

    /** HubSpot lists several associated companies as "123;456": the first is the primary one. */
    private static String firstId(String ids) {
        return ids.split(";")[0].strip();
    }

    @Override
    public List<String> keys(Row row, IncomingDeal deal) {
        return Stream.of(
                        row.has("id") ? "id:" + row.get("id") : null,
                        "name:" + deal.companyId() + "/" + deal.companyName() + "/"
                                + deal.name().toLowerCase(Locale.ROOT))
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
