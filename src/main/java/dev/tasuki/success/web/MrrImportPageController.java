package dev.tasuki.success.web;

import java.io.IOException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.success.ImportResult;
import dev.tasuki.success.MrrImport;

/**
 * The admin page for importing MRR levels from a CSV file: upload, see each bad row with its line, column and message,
 * and choose to apply only the good rows.
 */
@Controller
@RequestMapping("/admin/imports/mrr")
class MrrImportPageController {

    static final String VIEW = "success/mrr-import";

    private final MrrImport imports;

    MrrImportPageController(MrrImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("columns", MrrImport.COLUMNS);
        return VIEW;
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean applyValidRows,
            @AuthenticationPrincipal SignedInUser user,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("alert", "mrrImport.noFile");
            return show(model);
        }
        ImportResult result = imports.run(file.getBytes(), applyValidRows, user);
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        return show(model);
    }
}
