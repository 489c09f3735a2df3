package dev.tasuki.exchange.internal;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The header of a file: its first line that is not blank, split as the import splits it. */
final class FirstLine {

    private FirstLine() {}

    /** A header longer than this (a quote that never closes swallows the file) is not read further. */
    static final int MAX_CHARACTERS = 1 << 20;

    static List<String> of(Reader text) throws IOException {
        BufferedReader reader = new BufferedReader(new Bounded(text));
        char separator = ImportRun.separator(reader);
        for (CSVRecord record : CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(reader)) {
            return record.toList();
        }
        return List.of();
    }

    /** Ends the text after {@link #MAX_CHARACTERS}, so that a header that does not end is refused, not read whole. */
    private static final class Bounded extends FilterReader {

        private long left = MAX_CHARACTERS;

        Bounded(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return super.read();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
