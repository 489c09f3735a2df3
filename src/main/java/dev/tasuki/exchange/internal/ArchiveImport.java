package dev.tasuki.exchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.exchange.internal.ArchiveTables.FreshRows;
import dev.tasuki.exchange.internal.ArchiveTables.Table;
import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.Messages;

/**
 * The tasuki format's import, in the import's transaction. Into an empty organisation (what a fresh start holds, see
 * {@link FreshRows}) it writes every row with the file's ids, table by table in foreign-key order, replaces the
 * settings, moves the identities past the highest ids and asks the read models to rebuild. A file equal to the
 * organisation's data is all unchanged and changes nothing; any other file for an organisation with data is refused.
 */
@Service
class ArchiveImport {

    static final String FORMAT = "tasuki";

    private static final int BATCH = 500;

    private final TableRows rows;
    private final ArchiveExport export;
    private final JsonMapper json;
    private final Messages messages;

    ArchiveImport(TableRows rows, ArchiveExport export, JsonMapper json, Messages messages) {
        this.rows = rows;
        this.export = export;
        this.json = json;
        this.messages = messages;
    }

    /** Reads the file; what it did, or why it could not, goes to the tally. progress hears the rows done so far. */
    void restore(Path file, Tally tally, IntConsumer progress) {
        try (ArchiveReader reader = ArchiveReader.open(file, json, export.schemaVersion())) {
            List<TableRows.Shape> shapes = ArchiveTables.TABLES.stream()
                    .map(table -> rows.shape(table.name()))
                    .toList();
            if (empty()) {
                apply(reader, shapes, tally, progress);
            } else if (!same(reader, shapes, tally)) {
                tally.error(List.of(new ImportError(0, "", messages.of("exchange.archive.notEmpty"))));
            }
        } catch (BadArchive bad) {
            tally.error(bad.errors(messages));
        }
    }

    private boolean empty() {
        return ArchiveTables.TABLES.stream().allMatch(table -> switch (table.fresh()) {
            case NONE -> !rows.hasMoreThan(table.name(), 0);
            case FIRST_ADMIN -> !rows.hasMoreThan(table.name(), 1);
            case ANY -> true;
        });
    }

    /** Whether every table of the file holds what the database holds (bar volatile columns); if so, all unchanged. */
    private boolean same(ArchiveReader reader, List<TableRows.Shape> shapes, Tally tally) {
        int fileRows = 0;
        for (int i = 0; i < shapes.size(); i++) {
            TableRows.Shape shape = shapes.get(i);
            boolean[] ignored = ignored(ArchiveTables.TABLES.get(i), shape);
            TableFingerprint inFile = new TableFingerprint(ignored);
            TableFingerprint here = new TableFingerprint(ignored);
            reader.rows(shape, inFile::add);
            rows.each(shape, here::add);
            if (!inFile.sameAs(here)) {
                return false;
            }
            fileRows += inFile.rows();
        }
        for (int row = 0; row < fileRows; row++) {
            tally.countUnchanged();
        }
        return true;
    }

    private void apply(ArchiveReader reader, List<TableRows.Shape> shapes, Tally tally, IntConsumer progress) {
        // The rows of the tables a fresh start fills (settings, the first admin): few, so they are held to be compared.
        Map<String, Map<List<String>, List<String>>> replacing = new HashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            TableRows.Shape shape = shapes.get(i);
            if (ArchiveTables.TABLES.get(i).fresh() != FreshRows.NONE) {
                Map<List<String>, List<String>> byKey = new LinkedHashMap<>();
                reader.rows(shape, row -> byKey.put(TableRows.key(shape, row), row));
                replacing.put(shape.table(), byKey);
            }
        }
        // Their rows the file does not have go first, from the last table back, so that none is still referred to.
        for (int i = shapes.size() - 1; i >= 0; i--) {
            TableRows.Shape shape = shapes.get(i);
            Map<List<String>, List<String>> wanted = replacing.get(shape.table());
            if (wanted != null) {
                List<List<String>> gone = new ArrayList<>();
                rows.each(shape, row -> {
                    if (!wanted.containsKey(TableRows.key(shape, row))) {
                        gone.add(TableRows.key(shape, row));
                    }
                });
                fitting(shape, () -> gone.forEach(key -> rows.delete(shape, key)));
            }
        }
        for (TableRows.Shape shape : shapes) {
            Map<List<String>, List<String>> wanted = replacing.get(shape.table());
            fitting(shape, () -> {
                if (wanted == null) {
                    insert(reader, shape, tally);
                } else {
                    replace(shape, wanted, tally);
                }
                rows.restartIdentity(shape);
            });
            progress.accept(tally.rows());
        }
        if (tally.created() + tally.updated() > 0) {
            tally.historyWritten();
        }
    }

    private void insert(ArchiveReader reader, TableRows.Shape shape, Tally tally) {
        List<List<String>> batch = new ArrayList<>(BATCH);
        reader.rows(shape, row -> {
            batch.add(row);
            tally.countCreated();
            if (batch.size() == BATCH) {
                rows.insert(shape, batch);
                batch.clear();
            }
        });
        rows.insert(shape, batch);
    }

    private void replace(TableRows.Shape shape, Map<List<String>, List<String>> wanted, Tally tally) {
        Map<List<String>, List<String>> current = new HashMap<>();
        rows.each(shape, row -> current.put(TableRows.key(shape, row), row));
        wanted.forEach((key, row) -> {
            List<String> now = current.get(key);
            if (now == null) {
                rows.insert(shape, List.of(row));
                tally.countCreated();
            } else if (now.equals(row)) {
                tally.countUnchanged();
            } else {
                rows.update(shape, row);
                tally.countUpdated();
            }
        });
    }

    /**
     * Runs a write of a table, turning rows that break a constraint (an unknown id, a duplicate) into the file's fault.
     */
    private static void fitting(TableRows.Shape shape, Runnable write) {
        try {
            write.run();
        } catch (DataIntegrityViolationException e) {
            throw new BadArchive(
                    0,
                    shape.table() + ".csv",
                    "exchange.archive.rowsDoNotFit",
                    e.getMostSpecificCause().getMessage());
        }
    }

    private static boolean[] ignored(Table table, TableRows.Shape shape) {
        boolean[] ignored = new boolean[shape.columns().size()];
        for (int i = 0; i < ignored.length; i++) {
            ignored[i] = table.volatileColumns().contains(shape.columns().get(i).name());
        }
        return ignored;
    }
}
