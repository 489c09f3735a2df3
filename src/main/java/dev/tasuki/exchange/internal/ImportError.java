package dev.tasuki.exchange.internal;

/** A bad row: its line in the file (the header is line 1), the column as the file names it, and what is wrong. */
public record ImportError(int line, String column, String message) {}
