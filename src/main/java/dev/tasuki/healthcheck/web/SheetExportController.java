package dev.tasuki.healthcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.tasuki.healthcheck.internal.AssessmentResults;
import dev.tasuki.healthcheck.internal.HealthCheckAccess;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;

/**
 * An assessment as Excel (.xlsx) and as CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese), for managers,
 * executives and admins. CSV cells that a spreadsheet would run as a formula are neutralised.
 */
@Controller
class SheetExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final AssessmentResults results;
    private final SheetTable table;
    private final UserDirectory people;

    SheetExportController(AssessmentResults results, SheetTable table, UserDirectory people) {
        this.results = results;
        this.table = table;
        this.people = people;
    }

    @GetMapping("/healthcheck/{id}/export.xlsx")
    ResponseEntity<byte[]> excel(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        List<List<String>> rows = rows(id, user, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("healthcheck-" + id);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    // Cells are text: POI never evaluates them, so a remark starting with "=" stays a remark.
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return download(out.toByteArray(), XLSX, "healthcheck-" + id + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/healthcheck/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            for (List<String> row : rows(id, user, locale)) {
                printer.printRecord(
                        row.stream().map(SheetExportController::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), CSV, "healthcheck-" + id + ".csv");
    }

    /** A cell a spreadsheet would read as a formula (= + - @, tab, carriage return first) gets a leading apostrophe. */
    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private List<List<String>> rows(long id, SignedInUser user, Locale locale) {
        HealthCheckAccess.checkLead(user);
        return table.rows(results.of(id), people.byId(), locale);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
