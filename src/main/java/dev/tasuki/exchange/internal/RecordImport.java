package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.JapaneseText;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.PlannerStatistics;

/**
 * A CSV of records as an import: its header matched to the format's columns and the saved mappings, then one streaming
 * pass of {@link ImportRun}, in the encoding the request carries.
 */
final class RecordImport<T> implements ImportFormat {

    private final RecordFormat<T> format;
    private final ColumnMappings mappings;
    private final Messages messages;
    private final JdbcTemplate jdbc;

    RecordImport(RecordFormat<T> format, ColumnMappings mappings, Messages messages, JdbcTemplate jdbc) {
        this.format = format;
        this.mappings = mappings;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return format.name();
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public List<Column> columns() {
        return format.columns();
    }

    @Override
    public Imports.HeaderCheck check(ImportRequest request) {
        try (Reader reader = JapaneseText.open(request.file(), request.charset())) {
            Header header = Header.match(FirstLine.of(reader), format.columns(), mappings.of(format.name()));
            return new Imports.HeaderCheck(
                    header.unknown(),
                    header.missing().stream().map(Column::field).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            throw ExchangeRefused.unreadableHeader();
        }
    }

    @Override
    public boolean appliesGoodRowsAlone() {
        return true;
    }

    @Override
    public void run(ImportRequest request, SignedInUser by, Tally tally, IntConsumer progress) {
        PlannerStatistics statistics = new PlannerStatistics(jdbc);
        try (Reader reader = JapaneseText.open(request.file(), request.charset())) {
            new ImportRun<>(format, mappings.of(format.name()), messages, tally, by, rows -> {
                        statistics.written(rows);
                        progress.accept(rows);
                    })
                    .read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
