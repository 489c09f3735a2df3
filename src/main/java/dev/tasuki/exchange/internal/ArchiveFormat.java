package dev.tasuki.exchange.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.SignedInUser;

/** The tasuki format, a whole organisation in one zip, as an import format: {@link ArchiveImport} reads it. */
@Component
class ArchiveFormat implements ImportFormat {

    private final ArchiveImport archive;

    ArchiveFormat(ArchiveImport archive) {
        this.archive = archive;
    }

    @Override
    public String name() {
        return ArchiveImport.FORMAT;
    }

    /** A zip: no encoding to detect (its CSV files are UTF-8). */
    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public List<Column> columns() {
        return List.of();
    }

    /** The file's tables and columns are checked as it is read, against the schema version it names. */
    @Override
    public Imports.HeaderCheck check(ImportRequest request) {
        return new Imports.HeaderCheck(List.of(), List.of());
    }

    /** A whole organisation is applied whole: its good rows alone would break the references between its tables. */
    @Override
    public boolean appliesGoodRowsAlone() {
        return false;
    }

    @Override
    public void run(ImportRequest request, SignedInUser by, Tally tally, IntConsumer progress) {
        archive.restore(request.file(), tally, progress);
    }
}
