package dev.tasuki.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The header of a file: its first line that is not blank, split as the import splits it. */
final class FirstLine {

    private FirstLine() {}

    static List<String> of(Reader text) throws IOException {
        BufferedReader reader = new BufferedReader(text);
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
}
