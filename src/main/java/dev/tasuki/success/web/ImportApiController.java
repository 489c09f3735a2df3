package dev.tasuki.success.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.ImportResult;
import dev.tasuki.success.MrrImport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Importing records from files")
class ImportApiController {

    private final MrrImport imports;

    ImportApiController(MrrImport imports) {
        this.imports = imports;
    }

    @PostMapping(params = "format=mrr", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import MRR levels from CSV (admins and Customer Success managers)",
            description = "Multipart field file: a CSV with the header account,date,mrr (account id or exact name; ISO-8601 "
                    + "date; yen with or without commas and ¥), UTF-8 with or without BOM, or Windows-31J. A file with a bad "
                    + "row is REJECTED (422) and changes nothing, unless applyValidRows=true applies the good rows. "
                    + "Errors carry the line (the header is line 1), the column and a message in the caller's language")
    ResponseEntity<ImportResult> importMrr(@RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidRows, @AuthenticationPrincipal SignedInUser user)
            throws IOException {
        ImportResult result = imports.run(file.getBytes(), applyValidRows, user);
        return ResponseEntity.status(result.status() == ImportResult.Status.REJECTED ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(result);
    }
}
