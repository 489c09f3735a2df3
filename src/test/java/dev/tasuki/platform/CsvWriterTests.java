package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

    @Test
    void aCsvIsUtf8WithABomCrlfLineEndsAndQuotesOnlyWhereNeeded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row("月", "部門", "目標", "実績");
            csv.row("2026-04", "マーケティング, 東京", null, 12);
            csv.row("=1+1", "言った \"はい\"", -3, "2行\n目");
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        // a null is an empty field; numbers stay numbers (no apostrophe before -3); text a spreadsheet would run does
        // not run; a comma, a quote or a line break is quoted, its quotes doubled
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("月,部門,目標,実績\r\n"
                        + "2026-04,\"マーケティング, 東京\",,12\r\n"
                        + "'=1+1,\"言った \"\"はい\"\"\",-3,\"2行\n目\"\r\n");
    }

    @Test
    void aDownloadIsTheSameCsvAsAnAttachment() {
        var download = new CsvDownload().row("a", 1).as("figures-2026-04.csv");
        assertThat(download.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("figures-2026-04.csv");
        assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,1\r\n");

        var japanese = CsvDownload.attachment(new byte[0], CsvDownload.CSV, "評価.csv");
        assertThat(japanese.getHeaders().getContentDisposition().getFilename()).isEqualTo("評価.csv");
    }
}
