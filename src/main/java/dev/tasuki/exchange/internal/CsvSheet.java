package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as Excel in Japan opens it: UTF-8 with a byte-order mark, CRLF line ends, values quoted where needed. */
public final class CsvSheet implements Sheet {

    private final CSVPrinter printer;

    public CsvSheet(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL);
    }

    @Override
    public void row(List<?> values) throws IOException {
        printer.printRecord(values.stream()
                .map(value -> value instanceof Number ? value : Cells.neutralise(text(value)))
                .toList());
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** The whole CSV of small tables (an error report), in memory. */
    public static byte[] of(List<String> header, List<List<?>> rows) {
        var out = new java.io.ByteArrayOutputStream();
        try (CsvSheet sheet = new CsvSheet(out)) {
            sheet.row(header);
            for (List<?> row : rows) {
                sheet.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
