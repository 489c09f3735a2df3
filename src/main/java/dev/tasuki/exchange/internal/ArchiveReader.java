package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tasuki file being read: its manifest checked against this Tasuki (format version, schema version, the tables), then
 * each table's rows as texts in the database's column order, checked and made canonical
 * ({@link ArchiveColumn#canonical}), one row at a time. What is not right throws {@link BadArchive}.
 */
final class ArchiveReader implements AutoCloseable {

    private final ZipFile zip;
    private final Map<String, Long> counts;
    private final ArchiveLimits limits;

    private ArchiveReader(ZipFile zip, Map<String, Long> counts, ArchiveLimits limits) {
        this.zip = zip;
        this.counts = counts;
        this.limits = limits;
    }

    static ArchiveReader open(Path file, JsonMapper json, String schemaVersion) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadArchive(0, "", "exchange.archive.notZip");
        }
        try {
            ArchiveLimits.checkEntries(zip.size());
            ArchiveLimits limits = new ArchiveLimits(file.toFile().length());
            return new ArchiveReader(zip, check(manifest(zip, json, limits), zip, schemaVersion), limits);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Manifest manifest(ZipFile zip, JsonMapper json, ArchiveLimits limits) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new BadArchive(0, Manifest.ENTRY, "exchange.archive.noManifest");
        }
        try (InputStream in = limits.counted(Manifest.ENTRY, zip.getInputStream(entry), ArchiveLimits.MAX_MANIFEST)) {
            return json.readValue(in, Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new BadArchive(0, Manifest.ENTRY, "exchange.archive.noManifest");
        }
    }

    private static Map<String, Long> check(Manifest manifest, ZipFile zip, String schemaVersion) {
        if (!Manifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != Manifest.VERSION) {
            throw new BadArchive(
                    0, Manifest.ENTRY, "exchange.archive.formatVersion", manifest.format(), manifest.formatVersion());
        }
        if (!schemaVersion.equals(manifest.schemaVersion())) {
            throw new BadArchive(
                    0, Manifest.ENTRY, "exchange.archive.schemaVersion", manifest.schemaVersion(), schemaVersion);
        }
        Map<String, Long> counts = manifest.tables() == null
                ? Map.of()
                : manifest.tables().stream()
                        .collect(Collectors.toMap(Manifest.TableCount::name, Manifest.TableCount::rows, (a, b) -> a));
        Set<String> known =
                ArchiveTables.TABLES.stream().map(ArchiveTables.Table::name).collect(Collectors.toSet());
        counts.keySet().stream()
                .filter(name -> !known.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new BadArchive(0, Manifest.ENTRY, "exchange.archive.unknownTable", name);
                });
        for (ArchiveTables.Table table : ArchiveTables.TABLES) {
            if (!counts.containsKey(table.name()) || zip.getEntry(table.fileName()) == null) {
                throw new BadArchive(0, table.fileName(), "exchange.archive.missingTable", table.fileName());
            }
        }
        return counts;
    }

    /** The file's rows of a table, in the order of the file, each as texts in the order of the shape's columns. */
    void rows(TableRows.Shape shape, Consumer<List<String>> row) {
        String name = shape.table() + ".csv";
        try (ArchiveLimits.Rows text = new ArchiveLimits.Rows(
                        name,
                        new InputStreamReader(
                                limits.counted(name, zip.getInputStream(zip.getEntry(name)), Long.MAX_VALUE),
                                StandardCharsets.UTF_8));
                CSVParser parser = ArchiveCsv.FORMAT.parse(text)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new BadArchive(1, name, "exchange.import.empty");
            }
            int[] positions = positions(records.next().toList(), shape, name);
            long count = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                text.rowRead();
                row.accept(texts(record, positions, shape, name));
                count++;
            }
            if (count != counts.get(shape.table())) {
                throw new BadArchive(0, name, "exchange.archive.rowCount", count, counts.get(shape.table()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadArchive(0, name, "exchange.import.unreadable");
        }
    }

    /** Where each of the shape's columns is in the file's header: columns go by name, in any order. */
    private static int[] positions(List<String> header, TableRows.Shape shape, String name) {
        List<String> columns = shape.names();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!columns.contains(column) || !seen.add(column)) {
                throw new BadArchive(1, name, "exchange.archive.unknownColumn", column);
            }
        }
        columns.stream().filter(column -> !seen.contains(column)).findFirst().ifPresent(column -> {
            throw new BadArchive(1, name, "exchange.archive.missingColumn", column);
        });
        return columns.stream().mapToInt(header::indexOf).toArray();
    }

    private static List<String> texts(CSVRecord record, int[] positions, TableRows.Shape shape, String name) {
        long row = record.getRecordNumber();
        if (record.size() != positions.length) {
            throw new BadArchive(row, name, "exchange.archive.valueCount", record.size(), positions.length);
        }
        String[] texts = new String[positions.length];
        for (int i = 0; i < texts.length; i++) {
            ArchiveColumn column = shape.columns().get(i);
            String text = record.get(positions[i]);
            try {
                texts[i] = column.canonical(text);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new BadArchive(
                        row,
                        name + ": " + column.name(),
                        "exchange.archive.badValue",
                        text,
                        column.type().name());
            }
        }
        return Arrays.asList(texts);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // a file opened only for reading
        }
    }
}
