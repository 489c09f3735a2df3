package dev.tasuki.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.Messages;

/**
 * One pass over a file, streaming: the header is matched to the format's columns, each line is read into a record (or
 * rejected with its errors) and records are written in batches, so memory stays flat whatever the file's size. The
 * separator is a tab when the header has more tabs than commas. Lines of one value after the data (the report title,
 * confidentiality notice and copyright Salesforce writes under a report) are a footer and ignored; such a line followed
 * by more data is a short row, and an error.
 */
final class ImportRun<T> {

    static final int BATCH = 500;

    private final RecordFormat<T> format;
    private final Map<String, String> mappings;
    private final Messages messages;
    private final Tally tally;
    private final SignedInUser by;
    private final IntConsumer progress;
    private final List<Incoming<T>> batch = new ArrayList<>();

    ImportRun(
            RecordFormat<T> format,
            Map<String, String> mappings,
            Messages messages,
            Tally tally,
            SignedInUser by,
            IntConsumer progress) {
        this.format = format;
        this.mappings = mappings;
        this.messages = messages;
        this.tally = tally;
        this.by = by;
        this.progress = progress;
    }

    void read(Reader text) {
        try (BufferedReader reader = new BufferedReader(text, 64 * 1024)) {
            char separator = separator(reader);
            CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(separator)
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(reader);
            Header header = null;
            int headerWidth = 0;
            long lastLine = 0;
            // single-value lines waiting to be told footer or short rows; past the errors a tally keeps, only counted
            List<Row> footer = new ArrayList<>();
            int footerBeyond = 0;
            for (CSVRecord record : parser) {
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = Header.match(record.toList(), format.columns(), mappings);
                    headerWidth = record.size();
                    if (!header.missing().isEmpty()) {
                        int headerLine = line;
                        tally.error(header.missing().stream()
                                .map(column -> new ImportError(
                                        headerLine,
                                        column.field(),
                                        messages.of(
                                                "exchange.import.missingColumn", String.join(" / ", column.headers()))))
                                .toList());
                        return;
                    }
                    continue;
                }
                Row row = new Row(line, record, header, messages);
                if (record.size() == 1 && headerWidth > 1) {
                    if (footer.size() < Tally.MAX_ERRORS) {
                        footer.add(row);
                    } else {
                        footerBeyond++;
                    }
                    continue;
                }
                footer.forEach(this::shortRow);
                footer.clear();
                for (; footerBeyond > 0; footerBeyond--) {
                    tally.reject(List.of());
                }
                if (record.size() > headerWidth) {
                    row.error(
                            format.columns().get(0).field(),
                            "exchange.import.tooManyValues",
                            record.size(),
                            headerWidth);
                }
                add(row, header);
            }
            if (header == null) {
                tally.error(List.of(new ImportError(1, "", messages.of("exchange.import.empty"))));
            }
            flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            // Commons CSV reports a quote left open as an unchecked exception; the file cannot be read past it.
            tally.reject(List.of(new ImportError(0, "", messages.of("exchange.import.unreadable"))));
        }
    }

    private void shortRow(Row row) {
        row.error(format.columns().get(0).field(), "exchange.import.tooFewValues");
        tally.reject(row.errors());
    }

    private void add(Row row, Header header) {
        T value = row.errors().isEmpty() ? format.read(row) : null;
        if (value == null || !row.errors().isEmpty()) {
            tally.reject(row.errors());
            return;
        }
        String externalId = row.get("id");
        batch.add(new Incoming<>(
                row.line(),
                externalId.isEmpty() ? null : externalId,
                format.keys(row, value),
                row.fingerprint(format.columns()),
                value,
                header));
        if (batch.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Writes the batch; a row repeating a key of an earlier row of the batch waits for the next write, so it updates.
     */
    private void flush() {
        List<Incoming<T>> pending = new ArrayList<>(batch);
        batch.clear();
        while (!pending.isEmpty()) {
            Set<String> seen = new HashSet<>();
            List<Incoming<T>> now = new ArrayList<>();
            List<Incoming<T>> later = new ArrayList<>();
            for (Incoming<T> row : pending) {
                (row.keys().stream().anyMatch(seen::contains) ? later : now).add(row);
                seen.addAll(row.keys());
            }
            format.writer().write(format.source(), now, tally, by);
            progress.accept(tally.rows());
            pending = later;
        }
    }

    /** Tab when the first line has more tabs than commas; the reader is reset to the start. */
    static char separator(BufferedReader reader) throws IOException {
        reader.mark(64 * 1024);
        char[] start = new char[64 * 1024];
        int read = Math.max(0, reader.read(start));
        reader.reset();
        long tabs = 0;
        long commas = 0;
        for (int i = 0; i < read && start[i] != '\n'; i++) {
            tabs += start[i] == '\t' ? 1 : 0;
            commas += start[i] == ',' ? 1 : 0;
        }
        return tabs > commas ? '\t' : ',';
    }
}
