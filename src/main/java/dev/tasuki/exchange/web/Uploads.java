package dev.tasuki.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

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

    /** The token a form carries for a kept file. */
    static String token(Path kept) {
        return kept.getFileName().toString();
    }

    static Optional<Path> find(String token) {
        if (token == null || !token.matches(PREFIX + "[0-9a-f-]{36}\\d*\\.csv")) {
            return Optional.empty();
        }
        Path kept = Path.of(System.getProperty("java.io.tmpdir")).resolve(token);
        return Files.isRegularFile(kept) ? Optional.of(kept) : Optional.empty();
    }
}
