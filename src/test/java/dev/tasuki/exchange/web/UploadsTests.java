package dev.tasuki.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Issue 14, point 11: uploads kept for a mapping screen nobody answered do not stay in the temporary folder. */
class UploadsTests {

    @Test
    void theSweepDeletesUploadsOlderThanADayAndKeepsNewerOnes() throws IOException {
        Path abandoned = Uploads.keep(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] {'x'}));
        Path fresh = Uploads.keep(new MockMultipartFile("file", "b.csv", "text/csv", new byte[] {'y'}));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        try {
            Uploads.sweep(UploadSweep.KEPT_FOR);
            assertThat(abandoned).doesNotExist();
            assertThat(fresh).exists();
        } finally {
            Uploads.discard(fresh);
        }
    }
}
