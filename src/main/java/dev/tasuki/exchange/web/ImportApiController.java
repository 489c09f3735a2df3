package dev.tasuki.exchange.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.exchange.internal.ImportReport;
import dev.tasuki.exchange.internal.ImportRequest;
import dev.tasuki.exchange.internal.Imports;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.ImportResult;
import dev.tasuki.success.MrrImport;

/**
 * One endpoint for every import format: HubSpot and Salesforce exports through {@link Imports}, MRR levels through the
 * success module's {@link MrrImport}.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Importing records from files")
class ImportApiController {

    static final String MRR = "mrr";

    private final Imports imports;
    private final MrrImport mrrImport;

    ImportApiController(Imports imports, MrrImport mrrImport) {
        this.imports = imports;
        this.mrrImport = mrrImport;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a file (admins; mrr also Customer Success managers)",
            description = "format: hubspot-contacts, hubspot-companies, hubspot-deals, salesforce-leads,"
                    + " salesforce-accounts, "
                    + "salesforce-opportunities or mrr (see docs/exchange.md). Multipart field file;"
                    + " encoding UTF-8 or "
                    + "Shift_JIS (read as Windows-31J), detected when absent. dryRun=true reports what"
                    + " would happen and "
                    + "changes nothing; a file with a bad row is REJECTED (422) and changes nothing unless "
                    + "applyValidRows=true. async=true answers 202 at once; GET /api/v1/imports/{id}"
                    + " follows it")
    ResponseEntity<ImportReport> importFile(
            @RequestParam String format,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String encoding,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean applyValidRows,
            @RequestParam(defaultValue = "false") boolean async,
            @AuthenticationPrincipal SignedInUser user)
            throws IOException {
        if (MRR.equals(format)) {
            return mrr(file, dryRun, applyValidRows, user);
        }
        Imports.checkAdmin(user);
        imports.checkFormat(format);
        ImportRequest request = imports.request(
                format, Uploads.keep(file), file.getOriginalFilename(), encoding, dryRun, applyValidRows);
        try {
            if (async) {
                return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.runLater(request, user));
            }
            return answer(imports.run(request, user));
        } catch (RuntimeException refused) {
            Uploads.discard(request.file());
            throw refused;
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its progress while it runs (rowsRead), then its outcome (admins)")
    ImportReport find(@PathVariable long id, @AuthenticationPrincipal SignedInUser user) {
        Imports.checkAdmin(user);
        return imports.find(id).orElseThrow(() -> ExchangeRefused.notFound(id));
    }

    private ResponseEntity<ImportReport> mrr(
            MultipartFile file, boolean dryRun, boolean applyValidRows, SignedInUser user) throws IOException {
        if (dryRun) {
            throw ExchangeRefused.noDryRun(MRR);
        }
        if (file == null || file.isEmpty()) {
            throw ExchangeRefused.noFile();
        }
        ImportResult result = mrrImport.run(file.getBytes(), applyValidRows, user);
        return answer(new ImportReport(
                result.id(),
                MRR,
                file.getOriginalFilename(),
                result.status() == ImportResult.Status.APPLIED
                        ? ImportReport.Status.APPLIED
                        : ImportReport.Status.REJECTED,
                null,
                result.valid() + result.rejected(),
                result.created(),
                result.updated(),
                result.unchanged(),
                result.rejected(),
                result.errors(),
                null,
                null));
    }

    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        HttpStatus status = switch (report.status()) {
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(report);
    }
}
