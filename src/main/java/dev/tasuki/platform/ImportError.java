package dev.tasuki.platform;

/**
 * What is wrong with a row of an imported file: its line in the file (the header is line 1; 0 for the whole file), the
 * column as the file names it (empty for the whole row) and the message in the importing user's language.
 */
public record ImportError(int line, String column, String message) {}
