package dev.tasuki.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A small CSV made in memory and answered as a file to download (the numbers behind a chart, an import's errors, an
 * assessment): written by {@link CsvWriter}, so it reads in Excel as every CSV of Tasuki does. Large lists stream
 * through a {@link CsvWriter} of their own instead.
 */
public final class CsvDownload {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CsvWriter writer = new CsvWriter(bytes);

    public CsvDownload row(Object... values) {
        writer.row(values);
        return this;
    }

    public CsvDownload row(List<?> values) {
        writer.row(values);
        return this;
    }

    public byte[] bytes() {
        writer.close();
        return bytes.toByteArray();
    }

    /** The CSV as an attachment of that name (a non-ASCII name goes as RFC 5987 UTF-8). */
    public ResponseEntity<byte[]> as(String fileName) {
        return attachment(bytes(), CSV, fileName);
    }

    /** Any file made in memory as an attachment of that name. */
    public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(fileName)) {
            disposition.filename(fileName);
        } else {
            disposition.filename(fileName, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
                .contentType(type)
                .body(body);
    }
}
