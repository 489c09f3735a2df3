package dev.tasuki.exchange.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.exchange.internal.ArchiveExport;
import dev.tasuki.exchange.internal.Imports;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/**
 * The whole organisation as a tasuki file (docs/exchange.md), for admins: through the API, and from the import and
 * export page, whose session the stateless API does not read. The file holds password hashes and webhook secrets, so it
 * is as sensitive as a database backup.
 */
@RestController
@Tag(name = "Exports", description = "Exporting the organisation")
class ArchiveController {

    private final ArchiveExport export;
    private final OrganisationClock clock;

    ArchiveController(ArchiveExport export, OrganisationClock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping({"/api/v1/exports/organisation", "/admin/exports/organisation"})
    @Operation(summary = "The whole organisation as a ZIP in the tasuki format (admins), which format=tasuki imports")
    void organisation(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        Imports.checkAdmin(user);
        String fileName = "tasuki-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".zip";
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setContentType("application/zip");
        export.write(response.getOutputStream());
    }
}
