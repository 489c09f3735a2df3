package dev.tasuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the formatter (Spotless, checked at validate) leaves alone: text blocks, string literals and preformatted
 * comments. Lines stay within 120 characters so that code reads side by side and in reviews.
 */
class SourceLayoutTests {

    private static final int WIDTH = 120;

    @Test
    void noLineIsWiderThan120Characters() throws IOException {
        List<String> wide = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                List<String> lines = read(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).length() > WIDTH) {
                        wide.add(file + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
                    }
                }
            });
        }
        assertThat(wide).isEmpty();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
