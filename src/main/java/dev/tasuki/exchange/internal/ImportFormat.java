package dev.tasuki.exchange.internal;

import java.util.List;
import java.util.function.IntConsumer;

import dev.tasuki.identity.SignedInUser;

/**
 * A kind of file Tasuki imports, as {@link Imports} runs every one of them: the other CRMs' exports of records
 * ({@link RecordImport}) and the tasuki format, a whole organisation ({@link ArchiveFormat}).
 */
interface ImportFormat {

    /** The name a request gives: hubspot-contacts, …, tasuki. */
    String name();

    /** Whether the file is text, whose encoding is detected once when the request is made; false for a zip. */
    boolean isText();

    /** The fields a file's headers may be mapped to; none for a format whose columns are fixed. */
    List<Column> columns();

    /** The file's headers that nobody knows and the required fields it lacks, from its first line. */
    Imports.HeaderCheck check(ImportRequest request);

    /** Whether the file's good rows may be applied when others have errors; false: all or nothing. */
    boolean appliesGoodRowsAlone();

    /** Reads the file in the import's transaction: what it did goes to the tally, the rows done so far to progress. */
    void run(ImportRequest request, SignedInUser by, Tally tally, IntConsumer progress);
}
