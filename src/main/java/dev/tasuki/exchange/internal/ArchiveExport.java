package dev.tasuki.exchange.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVPrinter;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.platform.OrganisationClock;

/**
 * The tasuki format's export: the whole organisation as a ZIP of one CSV per table ({@link ArchiveTables}) and a
 * manifest. Rows go from the database straight into the ZIP, so no table is held in memory; one repeatable-read
 * transaction gives every table as of one moment, so the file's rows refer to each other.
 */
@Service
public class ArchiveExport {

    private final TableRows rows;
    private final Flyway flyway;
    private final JsonMapper json;
    private final OrganisationClock clock;

    ArchiveExport(TableRows rows, Flyway flyway, JsonMapper json, OrganisationClock clock) {
        this.rows = rows;
        this.flyway = flyway;
        this.json = json;
        this.clock = clock;
    }

    /** The schema version the database is at: a file is read back only at the same one. */
    String schemaVersion() {
        return flyway.info().current().getVersion().getVersion();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<Manifest.TableCount> counts = new ArrayList<>();
        for (ArchiveTables.Table table : ArchiveTables.TABLES) {
            zip.putNextEntry(new ZipEntry(table.fileName()));
            counts.add(new Manifest.TableCount(table.name(), write(rows.shape(table.name()), zip)));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(
                        new Manifest(Manifest.FORMAT, Manifest.VERSION, schemaVersion(), clock.now(), counts)));
        zip.closeEntry();
        zip.finish();
    }

    private long write(TableRows.Shape shape, OutputStream entry) throws IOException {
        CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(new EntryStream(entry), StandardCharsets.UTF_8), ArchiveCsv.FORMAT);
        printer.printRecord(shape.names());
        long[] count = {0};
        rows.each(shape, row -> {
            try {
                printer.printRecord(row);
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.close(true);
        return count[0];
    }

    /** An entry of the ZIP that its CSV printer writes to, and flushes but does not close when it is done. */
    private static final class EntryStream extends FilterOutputStream {

        EntryStream(OutputStream zip) {
            super(zip);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
