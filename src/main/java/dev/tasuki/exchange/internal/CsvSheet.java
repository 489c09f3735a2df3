package dev.tasuki.exchange.internal;

import java.io.OutputStream;
import java.util.List;

import dev.tasuki.platform.CsvWriter;

/** A list exported as CSV: platform's {@link CsvWriter}, as every CSV of Tasuki for people. */
public final class CsvSheet implements Sheet {

    private final CsvWriter writer;

    public CsvSheet(OutputStream out) {
        this.writer = new CsvWriter(out);
    }

    @Override
    public void row(List<?> values) {
        writer.row(values);
    }

    @Override
    public void close() {
        writer.close();
    }
}
