package dev.tasuki.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel in Japan opens it (Commons CSV's Excel format): UTF-8 with a byte-order mark, so that Excel on a
 * Japanese Windows reads the Japanese; CRLF line ends; values quoted only where they must be. Text is passed through
 * the {@link FormulaGuard}; numbers are written as they are; null is an empty field. Streams: only the current row is
 * held.
 */
public final class CsvWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;

    public CsvWriter(OutputStream out) {
        try {
            out.write(BOM);
            this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    public CsvWriter row(List<?> values) {
        try {
            printer.printRecord(values.stream().map(FormulaGuard::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes what is buffered and closes the stream underneath. */
    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
