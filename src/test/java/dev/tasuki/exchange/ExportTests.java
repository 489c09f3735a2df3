package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;

/**
 * Lists exported as the user filters them, to CSV that Excel in Japan opens (UTF-8 with BOM) and to .xlsx, with values
 * that a spreadsheet would run as formulas neutralised in both (read back with Commons CSV and Apache POI).
 */
@IntegrationTest
class ExportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Leads leads;

    @Autowired
    TestUsers users;

    private String leadWithFormulas() {
        String u = ImportFixtures.unique();
        leads.create(
                new LeadDetails(
                        "=HYPERLINK(\"http://evil.example\",\"x\")",
                        "花子",
                        null,
                        null,
                        "formula-" + u + "@example.com",
                        null,
                        "+cmd|' /C calc'!A0",
                        "-2+3",
                        null,
                        null,
                        null,
                        LeadSource.WEBINAR,
                        null,
                        null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        return u;
    }

    private MvcTestResult export(String path) {
        return mvc.get()
                .uri(path)
                .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                .header("Accept-Language", "ja")
                .exchange();
    }

    @Test
    void csvIsUtf8WithBomFilteredAndNeutralised() throws Exception {
        String u = leadWithFormulas();

        MvcTestResult result = export("/exports/leads.csv?q=formula-" + u);

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("leads-");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(1)).isEqualTo("姓");
        CSVRecord lead = rows.get(1);
        assertThat(lead.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(lead.get(2)).isEqualTo("花子");
        assertThat(lead.get(5)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(lead.get(6)).isEqualTo("'-2+3");
        assertThat(lead.get(7)).isEqualTo("ウェビナー");
    }

    @Test
    void xlsxIsNeutralisedToo() throws Exception {
        String u = leadWithFormulas();

        MvcTestResult result = export("/exports/leads.xlsx?q=formula-" + u);

        assertThat(result).hasStatusOk();
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("the header and the one lead filtered to")
                    .isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("'+cmd|' /C calc'!A0");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue())
                    .as("ids stay numbers")
                    .isPositive();
        }
    }

    @Test
    void everyListExportsWithItsHeaderAndUnknownTypesAreNotFound() {
        for (String list : List.of("leads", "accounts", "contacts", "deals", "customers", "handoffs")) {
            MvcTestResult csv = export("/exports/" + list + ".csv");
            assertThat(csv).as(list).hasStatusOk();
            assertThat(export("/exports/" + list + ".xlsx")).as(list).hasStatusOk();
        }
        assertThat(export("/exports/leads.pdf")).hasStatus(404);
        assertThat(export("/leads?q=formula&stage=LEAD"))
                .bodyText()
                .contains(
                        "href=\"/exports/leads.csv?q=formula&amp;stage=LEAD\"",
                        "href=\"/exports/leads.xlsx?q=formula&amp;stage=LEAD\"");
        for (String page : List.of("/accounts", "/contacts", "/deals", "/customers", "/queue")) {
            assertThat(export(page)).as(page).bodyText().contains("data-testid=\"export-csv\"");
        }
        assertThat(mvc.get().uri("/exports/leads.csv").exchange())
                .as("sign-in first")
                .hasStatus3xxRedirection();
    }
}
