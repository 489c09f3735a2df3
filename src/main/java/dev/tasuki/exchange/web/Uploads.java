package dev.tasuki.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.web.multipart.MultipartFile;

import dev.tasuki.exchange.ExchangeRefused;

/**
 * Uploaded files kept as temporary files under a random name, so an import can stream them after the request (a
 * background import, or the mapping screen's second step). A name from a form is only ever a UUID, so it cannot point
 * anywhere else.
 */
final class Uploads {

    private static final String PREFIX = "tasuki-import-";

    private Uploads() {}

    static Path keep(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ExchangeRefused.noFile();
        }
        Path kept = Files.createTempFile(PREFIX + UUID.randomUUID(), ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        return kept;
    }

    /** Deletes a kept file whose import will not run (it was refused before it started). */
    static void discard(Path kept) {
        try {
            Files.deleteIfExists(kept);
        } catch (IOException ignored) {
            // the sweep deletes it later
        }
    }

    /**
     * Deletes kept files older than the given age: uploads whose mapping screen was left without an answer. An import
     * deletes its own file when it ends.
     */
    static int sweep(Duration age) throws IOException {
        Instant before = Instant.now().minus(age);
        List<Path> stale;
        try (Stream<Path> files = Files.list(folder())) {
            stale = files.filter(file -> file.getFileName().toString().startsWith(PREFIX))
                    .filter(file -> modified(file).isBefore(before))
                    .toList();
        }
        stale.forEach(Uploads::discard);
        return stale.size();
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.MAX;
        }
    }

    private static Path folder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The token a form carries for a kept file. */
    static String token(Path kept) {
        return kept.getFileName().toString();
    }

    static Optional<Path> find(String token) {
        if (token == null || !token.matches(PREFIX + "[0-9a-f-]{36}\\d*\\.csv")) {
            return Optional.empty();
        }
        Path kept = folder().resolve(token);
        return Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }
}
