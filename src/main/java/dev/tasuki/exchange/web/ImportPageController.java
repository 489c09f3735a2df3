package dev.tasuki.exchange.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.exchange.internal.Column;
import dev.tasuki.exchange.internal.ImportReport;
import dev.tasuki.exchange.internal.ImportRequest;
import dev.tasuki.exchange.internal.Imports;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.CsvDownload;
import dev.tasuki.platform.Htmx;
import dev.tasuki.platform.Messages;

/**
 * The admin's import page: choose a format and a file; map the columns Tasuki does not know (saved for the format);
 * follow the import's progress (htmx polling) and read its outcome, with the errors as a CSV report.
 */
@Controller
@RequestMapping("/admin/imports")
class ImportPageController {

    static final String VIEW = "exchange/imports";

    private final Imports imports;
    private final Messages messages;

    ImportPageController(Imports imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("formats", imports.formats());
        model.addAttribute("recent", imports.recent());
        return VIEW;
    }

    @PostMapping
    String upload(
            @RequestParam String format,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String encoding,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean applyValidRows,
            @AuthenticationPrincipal SignedInUser user,
            Model model)
            throws IOException {
        Imports.checkAdmin(user);
        imports.checkFormat(format);
        Path kept = Uploads.keep(file);
        try {
            // imports.request detects the encoding when none was given: a refused file is discarded too
            ImportRequest request =
                    imports.request(format, kept, file.getOriginalFilename(), encoding, dryRun, applyValidRows);
            Imports.HeaderCheck check = imports.check(request);
            if (!check.unknown().isEmpty() || !check.missing().isEmpty()) {
                return mapping(request, check, model);
            }
            return "redirect:/admin/imports/" + imports.runLater(request, user).id();
        } catch (RuntimeException refused) {
            Uploads.discard(kept);
            throw refused;
        }
    }

    @PostMapping("/mapping")
    String map(
            @RequestParam String format,
            @RequestParam String token,
            @RequestParam String fileName,
            @RequestParam(required = false) String encoding,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean applyValidRows,
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Path kept = Uploads.find(token).orElseThrow(ExchangeRefused::noFile);
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("map[") && name.endsWith("]")) {
                chosen.put(name.substring(4, name.length() - 1), value);
            }
        });
        try {
            imports.map(format, chosen, user);
            // the encoding the first step found comes back with the form: the file is not read again to detect it
            ImportRequest request = imports.request(format, kept, fileName, encoding, dryRun, applyValidRows);
            Imports.HeaderCheck check = imports.check(request);
            if (!check.missing().isEmpty()) {
                return mapping(request, check, model);
            }
            return "redirect:/admin/imports/" + imports.runLater(request, user).id();
        } catch (RuntimeException refused) {
            Uploads.discard(kept);
            throw refused;
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Htmx htmx, Model model) {
        model.addAttribute("job", imports.find(id).orElseThrow(() -> ExchangeRefused.notFound(id)));
        return htmx.view("exchange/partials/import-job", "exchange/import-job");
    }

    @GetMapping("/{id}/errors.csv")
    ResponseEntity<byte[]> errors(@PathVariable long id) {
        ImportReport job = imports.find(id).orElseThrow(() -> ExchangeRefused.notFound(id));
        CsvDownload report = new CsvDownload()
                .row(
                        messages.of("exchange.import.line"),
                        messages.of("exchange.import.column"),
                        messages.of("exchange.import.message"));
        job.errors().forEach(error -> report.row(error.line(), error.column(), error.message()));
        return report.as("import-" + id + "-errors.csv");
    }

    private String mapping(ImportRequest request, Imports.HeaderCheck check, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("token", Uploads.token(request.file()));
        model.addAttribute("check", check);
        model.addAttribute(
                "fields",
                imports.columns(request.format()).stream().map(Column::field).toList());
        return "exchange/import-mapping";
    }
}
