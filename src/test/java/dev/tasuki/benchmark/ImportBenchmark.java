package dev.tasuki.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.TestDatabase;
import dev.tasuki.exchange.internal.ImportReport;
import dev.tasuki.exchange.internal.ImportRequest;
import dev.tasuki.exchange.internal.Imports;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;

/**
 * The import at scale (docs/benchmarks.md, issue 7): writes a HubSpot contacts export of benchmark.importRows rows
 * (default 1,000,000) and its companies export to disk, times the database's own bulk load of the same contacts file
 * into a bare table of text columns (PostgreSQL's COPY; on H2, CSVREAD), imports the companies, then times Tasuki's
 * import of the contacts through the import service on a fresh database: one transaction for the whole file, the KPI
 * read models rebuilt at its end, as an admin's import runs. Reports rows per second of both, their ratio and the heap
 * the import needed ({@link HeapWatch}); run it with the heap limited (-Dbenchmark.argLine=-Xmx512m) to show that the
 * import fits in it. On PostgreSQL it then times COPY of the rows the import wrote into empty copies of their tables,
 * indexes and constraints included: the least time any import that writes those rows could take. Results are appended
 * to target/import-benchmark.md. Never part of {@code mvn verify}.
 */
@Tag("benchmark")
@SpringBootTest
@TestPropertySource(
        properties = {
            "tasuki.test.fresh-database=importbench",
            "tasuki.test.h2-on-disk=true",
            "tasuki.demo.enabled=false"
        })
class ImportBenchmark {

    static final Path REPORT = Path.of("target", "import-benchmark.md");

    @Autowired
    Imports imports;

    @Autowired
    UserDirectory users;

    @Autowired
    DataSource dataSource;

    @Value("${tasuki.admin.email}")
    String adminEmail;

    @Test
    void importsAMillionContacts() throws Exception {
        int rows = Integer.getInteger("benchmark.importRows", 1_000_000);
        int companies = ContactsExport.companiesFor(rows);
        SignedInUser admin = new SignedInUser(users.findByEmail(adminEmail).orElseThrow(), null);
        Path folder = Files.createTempDirectory("tasuki-import-benchmark");
        Path companiesFile = folder.resolve("hubspot-companies.csv");
        Path contactsFile = folder.resolve("hubspot-contacts.csv");
        long started = System.nanoTime();
        ContactsExport.writeCompanies(companiesFile, companies);
        ContactsExport.writeContacts(contactsFile, rows, companies, adminEmail);
        long written = System.nanoTime() - started;
        long size = Files.size(contactsFile);

        double loadBefore = Quiet.waitForQuiet();
        long referenceNanos = reference(contactsFile, rows);
        long companiesNanos = timed(() -> imports.run(request("hubspot-companies", companiesFile), admin));
        Map<String, Long> rowsBefore = TestDatabase.isPostgres() ? rowCounts() : Map.of();
        ImportReport[] report = new ImportReport[1];
        HeapWatch.Heap heap;
        long importNanos;
        try (HeapWatch watch = new HeapWatch()) {
            importNanos = timed(() -> report[0] = imports.run(request("hubspot-contacts", contactsFile), admin));
            heap = watch.heap();
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Long> floor = TestDatabase.isPostgres() ? floor(rowsBefore, folder) : Map.of();
        Files.deleteIfExists(folder);

        assertThat(report[0].status())
                .as("the import's outcome, with its first errors: %s", report[0].errors())
                .isEqualTo(ImportReport.Status.APPLIED);
        assertThat(report[0].rowsRead()).isEqualTo(rows);
        double tasukiRate = rows / seconds(importNanos);
        double referenceRate = rows / seconds(referenceNanos);
        String reference = TestDatabase.isPostgres() ? "PostgreSQL COPY" : "H2 CSVREAD";
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### " + OffsetDateTime.now() + " — "
                + (TestDatabase.isPostgres() ? "PostgreSQL" : "H2 (file database)") + ", " + rows + " contacts");
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "Machine: %d cores, %s %s, Java %s, heap limit (-Xmx) %s. File: %d rows, %.1f MB,"
                        + " %d companies (imported first in %.1f s); written in %.1f s. Load average: %.1f when"
                        + " timing began, %.1f"
                        + " at the end.",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                HeapWatch.Heap.mb(heap.max()),
                rows,
                size / 1e6,
                companies,
                seconds(companiesNanos),
                seconds(written),
                loadBefore,
                loadAfter));
        lines.add("");
        lines.add("| load | seconds | rows/s |");
        lines.add("|---|---|---|");
        lines.add(String.format(
                Locale.ROOT,
                "| %s into a bare table of text columns | %.1f | %,.0f |",
                reference,
                seconds(referenceNanos),
                referenceRate));
        lines.add(String.format(
                Locale.ROOT,
                "| Tasuki's import (%d created, %d updated, %d unchanged, %d rejected) | %.1f | %,.0f |",
                report[0].created(),
                report[0].updated(),
                report[0].unchanged(),
                report[0].rejected(),
                seconds(importNanos),
                tasukiRate));
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "Tasuki at %.3f of %s's rate. Heap during the import: at most %s alive after"
                        + " a collection (%d collections), pools' peaks summed %s (garbage included), %s before"
                        + " it began.",
                tasukiRate / referenceRate,
                reference,
                HeapWatch.Heap.mb(heap.liveAfterGc()),
                heap.collections(),
                HeapWatch.Heap.mb(heap.poolPeaks()),
                HeapWatch.Heap.mb(heap.before())));
        if (!floor.isEmpty()) {
            long floorNanos = floor.values().stream().mapToLong(Long::longValue).sum();
            lines.add("");
            lines.add(String.format(
                    Locale.ROOT,
                    "COPY of the rows the import wrote into empty copies of their tables"
                            + " (indexes and constraints included): %.1f s in all, %,.0f contacts/s, %.3f of"
                            + " COPY's rate into the"
                            + " bare table: the least time any import writing these rows could take. By table (s): %s.",
                    seconds(floorNanos),
                    rows / seconds(floorNanos),
                    rows / seconds(floorNanos) / referenceRate,
                    floor.entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), seconds(e.getValue())))
                            .collect(Collectors.joining(", "))));
        }
        Files.writeString(
                REPORT,
                String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** The rows of each table of the schema. */
    private Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var names = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (var count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * For each table the import added rows to: its rows copied out, then the time of COPY of them into an empty table
     * made like it (indexes, constraints and defaults included; foreign keys, which only slow a load, left out).
     */
    private Map<String, Long> floor(Map<String, Long> before, Path folder) throws Exception {
        Map<String, Long> after = rowCounts();
        Map<String, Long> took = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, Long> table : after.entrySet()) {
                if (table.getValue() <= before.getOrDefault(table.getKey(), 0L)
                        || table.getKey().startsWith("flyway")) {
                    continue;
                }
                Path rows = folder.resolve(table.getKey() + ".csv");
                try (OutputStream out = Files.newOutputStream(rows)) {
                    copy.copyOut("copy " + table.getKey() + " to stdout with (format csv)", out);
                }
                statement.execute("create table floor_copy (like " + table.getKey() + " including all)");
                long started = System.nanoTime();
                try (InputStream in = Files.newInputStream(rows)) {
                    copy.copyIn("copy floor_copy from stdin with (format csv)", in);
                }
                took.put(table.getKey(), System.nanoTime() - started);
                statement.execute("drop table floor_copy");
                Files.delete(rows);
            }
        }
        return took;
    }

    /** The database's own load of the file into a bare table; the table is dropped again. */
    private long reference(Path file, int rows) throws Exception {
        String columns = ContactsExport.CONTACT_HEADERS.stream()
                .map(header -> header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_") + " varchar(1000)")
                .collect(Collectors.joining(", "));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table import_reference (" + columns + ")");
            long started = System.nanoTime();
            long loaded;
            if (TestDatabase.isPostgres()) {
                try (InputStream in = Files.newInputStream(file)) {
                    loaded = connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("copy import_reference from stdin with (format csv, header true)", in);
                }
            } else {
                // CSVREAD takes its file name as a literal only; the name is the benchmark's own temporary file
                loaded = statement.executeUpdate("insert into import_reference select * from csvread('"
                        + file.toAbsolutePath().toString().replace("'", "''") + "', null, 'charset=UTF-8')");
            }
            long took = System.nanoTime() - started;
            statement.execute("drop table import_reference");
            assertThat(loaded).isEqualTo(rows);
            return took;
        }
    }

    private static ImportRequest request(String format, Path file) {
        return new ImportRequest(format, file, file.getFileName().toString(), StandardCharsets.UTF_8, false, false);
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return System.nanoTime() - started;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
