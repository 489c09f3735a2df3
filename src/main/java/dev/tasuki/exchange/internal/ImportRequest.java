package dev.tasuki.exchange.internal;

import java.nio.file.Path;

/**
 * An import to run: the format, the uploaded file (a temporary copy the import deletes when done), its name, the
 * encoding the user named (null: detect it), whether to only try it, and whether to apply the valid rows of a file with
 * errors.
 */
public record ImportRequest(
        String format, Path file, String fileName, String encoding, boolean dryRun, boolean applyValidRows) {}
