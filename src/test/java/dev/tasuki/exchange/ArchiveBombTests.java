package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 6: tasuki files made to fill the server — a field of megabytes, a padded manifest, hundreds of
 * entries, rows that unpack to far more than the file — are refused while they are read, with a message in the user's
 * language, and nothing of them is applied. (A 2.3 MB file with a 1.5 GB field once ran the JVM out of memory.)
 */
@IntegrationTest
class ArchiveBombTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    private Map<String, byte[]> export;

    @BeforeEach
    void exportTheOrganisation() throws IOException {
        MvcTestResult result = mvc.get()
                .uri("/api/v1/exports/organisation")
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .exchange();
        assertThat(result).hasStatusOk();
        export = new LinkedHashMap<>();
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                export.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    @Test
    void aFieldOfMegabytesIsRefusedAsARowTooLong() throws IOException {
        MvcTestResult answer = importing(entries -> {
            entries.put("campaign.csv", appended(entries.get("campaign.csv"), "\"" + "x".repeat(3_000_000) + "\"\r\n"));
            return entries;
        });
        assertRefused(answer, "campaign.csv", "1,048,576 文字を超える行があります");
    }

    @Test
    void aManifestPaddedWithSpacesIsRefused() throws IOException {
        MvcTestResult answer = importing(entries -> {
            entries.put("manifest.json", appended(entries.get("manifest.json"), " ".repeat(2_000_000)));
            return entries;
        });
        assertRefused(answer, "manifest.json", "バイトを超え");
    }

    @Test
    void hundredsOfEntriesAreRefused() throws IOException {
        MvcTestResult answer = importing(entries -> {
            for (int i = 0; i < 250; i++) {
                entries.put("padding-" + i + ".txt", new byte[] {'x'});
            }
            return entries;
        });
        assertRefused(answer, "", "tasuki 形式のファイルは 200 個までです");
    }

    @Test
    void rowsThatUnpackToFarMoreThanTheFileAreRefusedBeforeTheyAreAllRead() throws IOException {
        // a small file: every table but the first (app_user, read first) reduced to its header, and the first's row
        // repeated to 40 MB, which compresses to a few hundred kilobytes
        MvcTestResult answer = importing(entries -> {
            entries.replaceAll((name, content) -> name.endsWith(".csv") ? firstLines(content, 1) : content);
            String user = new String(firstLines(export.get("app_user.csv"), 2), StandardCharsets.UTF_8);
            String row = user.substring(user.indexOf('\n') + 1);
            entries.put("app_user.csv", appended(entries.get("app_user.csv"), row.repeat(40_000_000 / row.length())));
            return entries;
        });
        assertRefused(answer, "app_user.csv", "倍を超える大きさに展開されます");
    }

    private static byte[] firstLines(byte[] csv, int lines) {
        String text = new String(csv, StandardCharsets.UTF_8);
        int end = 0;
        for (int i = 0; i < lines; i++) {
            end = text.indexOf('\n', end) + 1;
        }
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(MvcTestResult answer, String part, String message) {
        assertThat(answer).hasStatus(422);
        assertThat(answer).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
        assertThat(answer).bodyJson().extractingPath("$.created").isEqualTo(0);
        assertThat(answer).bodyJson().extractingPath("$.errors[0].column").isEqualTo(part);
        assertThat(answer)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains(message);
    }

    private MvcTestResult importing(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = change.apply(new LinkedHashMap<>(export));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return mvc.post()
                .uri("/api/v1/imports?format=tasuki")
                .multipart()
                .file(new MockMultipartFile("file", "bomb.zip", "application/zip", file.toByteArray()))
                .with(user(users.signedIn(TestUsers.ADMIN)))
                .header("Accept-Language", "ja")
                .exchange();
    }

    private static byte[] appended(byte[] content, String more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream stream = out) {
            stream.write(content);
            stream.write(more.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        }
        return out.toByteArray();
    }
}
