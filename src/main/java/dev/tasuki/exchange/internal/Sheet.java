package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.util.List;

/**
 * Rows written out as an export: a header row, then values. Text is neutralised against formula injection; numbers stay
 * numbers.
 */
public interface Sheet extends AutoCloseable {

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;
}
