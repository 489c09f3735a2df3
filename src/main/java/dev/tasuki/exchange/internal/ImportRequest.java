package dev.tasuki.exchange.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * An import to run, made by {@link Imports#request}: the format, the uploaded file (a temporary copy the import deletes
 * when done), its name, the file's encoding (named by the user or detected once; null for a zip), whether to only try
 * it, and whether to apply the valid rows of a file with errors.
 */
public record ImportRequest(
        String format, Path file, String fileName, Charset charset, boolean dryRun, boolean applyValidRows) {

    /** The encoding's name, for a form that carries the request to its next step without detecting it again. */
    public String encoding() {
        return charset == null ? null : charset.name();
    }
}
