package dev.tasuki.exchange.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV of the tasuki format: RFC 4180, UTF-8 without a byte-order mark, a header of column names, and every value
 * quoted except null, which is an empty field with no quotes (so "" is an empty string). Values are written as they
 * are: the file is for Tasuki, not for a spreadsheet, so nothing is neutralised.
 */
final class ArchiveCsv {

    static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private ArchiveCsv() {}
}
