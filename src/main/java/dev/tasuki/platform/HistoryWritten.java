package dev.tasuki.platform;

/**
 * History was written in bulk, without the per-row events that keep read models current (an import, the demo
 * organisation, the scale generator). Publish it once, after the bulk write and in its transaction; modules that keep
 * read models rebuild them from history when they hear it. {@code what} names the writer, for the log.
 */
public record HistoryWritten(String what) {}
