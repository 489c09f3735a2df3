package dev.tasuki.kpi.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV download of the numbers behind a chart or table: UTF-8 with a byte order mark, so that Excel on a Japanese
 * Windows reads the Japanese labels; text cells that a spreadsheet would take for a formula (starting with = + - @, a
 * tab or a carriage return) are prefixed with an apostrophe. Numbers are written as they are.
 */
final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder("\uFEFF");

    Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = value.toString();
        if (!(value instanceof Number) && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
