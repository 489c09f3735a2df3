package dev.tasuki.healthcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.FormulaGuard;

/**
 * An assessment as Excel (.xlsx) and as CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese), for managers,
 * executives and admins. Cells that a spreadsheet would run as a formula are neutralised in both, as in the list
 * exports: Excel does not run a text cell, but a user may copy it out into a formula bar or a CSV.
 */
@Controller
class SheetExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
                    row.createCell(c)
                            .setCellValue(FormulaGuard.neutralise(rows.get(r).get(c)));
                }
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.createFreezePane(2, 1);
            workbook.write(out);
            return CsvDownload.attachment(out.toByteArray(), XLSX, "healthcheck-" + id + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/healthcheck/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        CsvDownload csv = new CsvDownload();
        rows(id, user, locale).forEach(csv::row);
        return csv.as("healthcheck-" + id + ".csv");
    }

    private List<List<String>> rows(long id, SignedInUser user, Locale locale) {
        HealthCheckAccess.checkLead(user);
        return table.rows(results.of(id), people.byId(), locale);
    }
}
