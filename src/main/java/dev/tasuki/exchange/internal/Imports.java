package dev.tasuki.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tasuki.exchange.ExchangeRefused;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.HistoryWritten;
import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.JapaneseText;
import dev.tasuki.platform.JobInterrupted;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.OrganisationClock;

/**
 * Runs imports of other CRMs' files as jobs. The whole file is one transaction: a dry run, or a file with an error when
 * the valid rows were not asked for, is rolled back at the end (so a dry run counts exactly what an import would do),
 * and a crash midway leaves nothing half-applied. The job row, its progress and its outcome are written outside that
 * transaction. Admins only. Every format runs the same way ({@link ImportFormat}: the other CRMs' records, and the
 * tasuki format of a whole organisation, which is all or nothing: its good rows alone are never applied). A text file's
 * encoding is detected once, when the request is made, and travels with it.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final Map<String, ImportFormat> formats;
    private final ImportJobs jobs;
    private final ColumnMappings mappings;
    private final Messages messages;
    private final OrganisationClock clock;
    private final ApplicationEventPublisher events;
    private final ImportQueue queue;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;

    Imports(
            List<RecordFormat<?>> records,
            ArchiveFormat archive,
            ImportJobs jobs,
            ColumnMappings mappings,
            Messages messages,
            OrganisationClock clock,
            ApplicationEventPublisher events,
            ImportQueue queue,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.formats = new TreeMap<>();
        records.forEach(format -> formats.put(format.name(), new RecordImport<>(format, mappings, messages, jdbc)));
        formats.put(archive.name(), archive);
        this.jobs = jobs;
        this.mappings = mappings;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public List<String> formats() {
        return List.copyOf(formats.keySet());
    }

    /** Refuses a format Tasuki does not read, naming those it does. */
    public void checkFormat(String format) {
        format(format);
    }

    public List<Column> columns(String format) {
        return format(format).columns();
    }

    public static void checkAdmin(SignedInUser user) {
        if (!user.is(Role.ADMIN)) {
            throw ExchangeRefused.adminsOnly();
        }
    }

    /**
     * The import of an uploaded file: a known format, and for a text file its encoding, the one the user named (UTF-8,
     * Shift_JIS) or, when none, detected in one pass over the file.
     */
    public ImportRequest request(
            String format, Path file, String fileName, String encoding, boolean dryRun, boolean applyValidRows) {
        ImportFormat known = format(format);
        return new ImportRequest(
                known.name(), file, fileName, known.isText() ? charset(file, encoding) : null, dryRun, applyValidRows);
    }

    /** The file's headers that no field of the format nor a saved mapping knows, and the required fields it lacks. */
    public HeaderCheck check(ImportRequest request) {
        return format(request.format()).check(request);
    }

    /** Headers the user mapped to fields (an empty field: ignore the column). */
    public void map(String format, Map<String, String> headerToField, SignedInUser by) {
        checkAdmin(by);
        format(format);
        mappings.save(format, headerToField);
    }

    /** Runs the import when its turn comes and answers how it ended. */
    public ImportReport run(ImportRequest request, SignedInUser by) {
        long id = start(request, by);
        try {
            queue.submit(id, () -> execute(id, request, by)).get();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException crashed) {
            log.error("Import {} could not run", id, crashed.getCause());
        }
        return find(id).orElseThrow();
    }

    /** Queues the import and answers at once, QUEUED (with its place) or RUNNING; {@link #find} follows it. */
    public ImportReport runLater(ImportRequest request, SignedInUser by) {
        long id = start(request, by);
        queue.submit(id, () -> execute(id, request, by));
        return find(id).orElseThrow();
    }

    /** An import whose process died while it was queued or ran: it ends FAILED, with nothing applied. */
    @EventListener
    void interrupted(JobInterrupted job) {
        if (ImportQueue.KIND.equals(job.kind())) {
            Tally interrupted = new Tally();
            // found by the sweeper, not in a user's request: in the organisation's language
            interrupted.error(List.of(new ImportError(0, "", messages.inJapanese("exchange.import.interrupted"))));
            jobs.interrupt(job.refId(), interrupted, clock.now());
        }
    }

    public Optional<ImportReport> find(long id) {
        return jobs.find(id);
    }

    public List<ImportReport> recent() {
        return jobs.recent(20);
    }

    private long start(ImportRequest request, SignedInUser by) {
        checkAdmin(by);
        format(request.format());
        long id = jobs.start(
                request.format(), request.fileName(), request.dryRun(), request.applyValidRows(), by.id(), clock.now());
        queue.begin(id);
        return id;
    }

    private void execute(long id, ImportRequest request, SignedInUser by) {
        separately.executeWithoutResult(tx -> jobs.running(id));
        Tally tally = new Tally();
        Tally reported = tally;
        ImportReport.Status status;
        try {
            ImportFormat format = format(request.format());
            status = transaction.execute(tx -> {
                format.run(request, by, tally, progress(id));
                boolean apply = !request.dryRun()
                        && (!tally.hasErrors() || request.applyValidRows() && format.appliesGoodRowsAlone());
                if (!apply) {
                    tx.setRollbackOnly();
                } else if (tally.wroteHistory()) {
                    events.publishEvent(new HistoryWritten("import"));
                }
                return request.dryRun()
                        ? ImportReport.Status.DRY_RUN
                        : apply ? ImportReport.Status.APPLIED : ImportReport.Status.REJECTED;
            });
        } catch (RuntimeException crash) {
            log.error("Import {} of {} failed; nothing of it was applied", id, request.format(), crash);
            // what it had counted was rolled back with it
            reported = new Tally();
            reported.error(List.of(new ImportError(0, "", messages.of("exchange.import.failed"))));
            status = ImportReport.Status.FAILED;
        } finally {
            delete(request.file());
        }
        ImportReport.Status outcome = status;
        Tally counted = reported;
        separately.executeWithoutResult(tx -> jobs.finish(id, outcome, counted, clock.now()));
        queue.done(id);
    }

    /** Progress written outside the import's transaction, so that it shows while the import runs. */
    private IntConsumer progress(long id) {
        return rows -> separately.executeWithoutResult(tx -> jobs.progress(id, rows));
    }

    private ImportFormat format(String name) {
        ImportFormat format = name == null ? null : formats.get(name);
        if (format == null) {
            throw ExchangeRefused.unknownFormat(name, String.join(", ", formats()));
        }
        return format;
    }

    private static Charset charset(Path file, String encoding) {
        try {
            if (encoding == null || encoding.isBlank()) {
                return JapaneseText.detect(file);
            }
            return JapaneseText.named(encoding).orElseThrow(() -> ExchangeRefused.unknownEncoding(encoding));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the system cleans up anyway
        }
    }

    /** What the mapping screen needs: headers nobody knows, and required fields the file lacks. */
    public record HeaderCheck(List<String> unknown, List<String> missing) {}
}
