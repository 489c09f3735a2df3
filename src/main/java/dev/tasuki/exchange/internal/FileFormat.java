package dev.tasuki.exchange.internal;

import java.util.List;

/** A format's name, the system its files come from, its columns and its writer, given once by each format. */
abstract class FileFormat<T> implements RecordFormat<T> {

    private final String name;
    private final String source;
    private final List<Column> columns;
    private final RecordWriter<T> writer;

    FileFormat(String name, String source, List<Column> columns, RecordWriter<T> writer) {
        this.name = name;
        this.source = source;
        this.columns = columns;
        this.writer = writer;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public RecordWriter<T> writer() {
        return writer;
    }
}
