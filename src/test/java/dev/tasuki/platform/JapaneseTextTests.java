package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseTextTests {

    private static final String TEXT = "会社名,メモ\n①株式会社髙島,㈱\n";

    @TempDir
    Path folder;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(folder.resolve("upload.csv"), bytes);
    }

    private static String read(Reader reader) throws IOException {
        try (reader) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsNotPartOfTheText() throws IOException {
        Path file = file(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
        assertThat(JapaneseText.detect(file)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(JapaneseText.open(file, StandardCharsets.UTF_8))).isEqualTo(TEXT);
        assertThat(JapaneseText.decode(Files.readAllBytes(file))).isEqualTo(TEXT);
    }

    @Test
    void bytesThatAreAllUtf8AreUtf8() throws IOException {
        Path file = file(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(JapaneseText.detect(file)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(JapaneseText.open(file, StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void anythingElseIsWindows31jWithTheCharactersShiftJisLacks() throws IOException {
        byte[] bytes = TEXT.getBytes(JapaneseText.WINDOWS_31J);
        Path file = file(bytes);
        assertThat(JapaneseText.detect(file)).isEqualTo(JapaneseText.WINDOWS_31J);
        assertThat(read(JapaneseText.open(file, JapaneseText.WINDOWS_31J))).isEqualTo(TEXT);
        assertThat(JapaneseText.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void aByteThatIsNotUtf8FarIntoALargeFileIsFound() throws IOException {
        // 100,000 lines of UTF-8 (a character of three bytes on every chunk boundary), then one Windows-31J line
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            text.append("顧客").append(i).append('\n');
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(JapaneseText.detect(file(utf8))).isEqualTo(StandardCharsets.UTF_8);
        byte[] tail = "髙".getBytes(JapaneseText.WINDOWS_31J);
        byte[] mixed = new byte[utf8.length + tail.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(tail, 0, mixed, utf8.length, tail.length);
        assertThat(JapaneseText.detect(file(mixed))).isEqualTo(JapaneseText.WINDOWS_31J);
    }

    @Test
    void theNamesPeopleGiveAnEncodingAreKnown() {
        assertThat(JapaneseText.named("UTF-8")).contains(StandardCharsets.UTF_8);
        assertThat(JapaneseText.named(" utf8 ")).contains(StandardCharsets.UTF_8);
        assertThat(JapaneseText.named("Shift_JIS")).contains(JapaneseText.WINDOWS_31J);
        assertThat(JapaneseText.named("windows-31j"))
                .as("the name a form carries back")
                .contains(JapaneseText.WINDOWS_31J);
        assertThat(JapaneseText.named("EUC-JP")).isEmpty();
    }

    @Test
    void tinyFilesAreRead() throws IOException {
        assertThat(JapaneseText.detect(file(new byte[0]))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read(JapaneseText.open(file("a".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)))
                .isEqualTo("a");
    }
}
