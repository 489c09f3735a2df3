package dev.tasuki.exchange.internal;

import java.util.List;

/**
 * A CSV of records another CRM exports (hubspot-contacts, salesforce-opportunities, …): the columns it knows, how a row
 * becomes a record, and where records are written. {@link RecordImport} runs it as an {@link ImportFormat}.
 */
interface RecordFormat<T> {

    String name();

    /** The system the file comes from, which scopes its record ids. */
    String source();

    List<Column> columns();

    /** The record of a row, or null when the row has errors (recorded on the row). */
    T read(Row row);

    /** The keys a record is found by: a row repeating an earlier row's key updates that record. */
    List<String> keys(Row row, T value);

    RecordWriter<T> writer();
}
