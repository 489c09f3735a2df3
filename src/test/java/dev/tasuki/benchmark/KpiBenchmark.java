package dev.tasuki.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.TestDatabase;
import dev.tasuki.demo.ScaleGenerator;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.identity.internal.ApiTokens;
import dev.tasuki.kpi.RevenueFigures;
import dev.tasuki.kpi.RevenueReport;
import dev.tasuki.kpi.Window;
import dev.tasuki.platform.OrganisationClock;

/**
 * The KPI engine at scale (docs/benchmarks.md): generates N leads of history (benchmark.leads, default 1,000,000, over
 * benchmark.months, default 18), then reports p50/p95 of each /api/v1/kpi endpoint and of the company dashboard over
 * HTTP, the same figures by plain SQL over the raw history tables (the query a BI user would write), how time grows
 * with the window, and relay steps per second with the read models kept current ({@link WritePathBenchmark} measures
 * them without). Results are appended to target/kpi-benchmark.md. Run with {@code mvn -B test -Pbenchmark} (PostgreSQL;
 * {@code -Dbenchmark.database=h2} for H2). Never part of {@code mvn verify}; it asserts nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"tasuki.test.fresh-database=bench", "tasuki.demo.enabled=false"})
@Import(RelaySteps.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiBenchmark {

    static final Path REPORT = Path.of("target", "kpi-benchmark.md");
    static final String PASSWORD = "tasuki-bench-2026";
    private static final int RUNS = Integer.getInteger("benchmark.runs", 30);
    private static final int WARM_UPS = 10;
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmUpSeconds", 60);

    @Autowired
    ScaleGenerator generator;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserDirectory users;

    @Autowired
    OrganisationClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RelaySteps relaySteps;

    @Autowired
    RevenueReport revenue;

    @LocalServerPort
    int port;

    // HTTP/1.1 as a browser speaks to a plain-http server: no h2c upgrade offered on each new connection
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();

    @Test
    @Order(1)
    void readsAtScale() throws Exception {
        int leads = Integer.getInteger("benchmark.leads", 1_000_000);
        int months = Integer.getInteger("benchmark.months", 18);
        ScaleGenerator.Written written =
                users.findByEmail(ScaleGenerator.emails().get(0)).isPresent()
                        ? null
                        : generator.generate(new ScaleGenerator.Plan(leads, months, 1), PASSWORD);
        if (TestDatabase.isPostgres()) {
            // the steady state of a running database, where autovacuum has been through the history just written:
            // statistics for the planner and visibility maps for index-only scans, for the raw tables and the read
            // models alike
            jdbc.sql("vacuum analyze").update();
        }
        String token = tokens.issue(
                        users.findByEmail(ScaleGenerator.emails().get(0))
                                .orElseThrow()
                                .id(),
                        "benchmark",
                        clock.now())
                .token();
        signIn();
        double load = Quiet.waitForQuiet();

        LocalDate thisMonth = clock.today().withDayOfMonth(1);
        LocalDate from = thisMonth.minusMonths(1);
        String window = "from=" + from + "&to=" + thisMonth;
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### " + OffsetDateTime.now() + " — " + (TestDatabase.isPostgres() ? "PostgreSQL" : "H2") + ", "
                + count("lead") + " leads over " + months + " months");
        lines.add("");
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ". "
                + count("lead") / months + " leads a month. Rows: "
                + count("stage_entry") + " stage entries, " + count("handoff") + " handoffs, " + count("activity")
                + " activities, " + count("deal") + " deals, " + count("mrr_movement") + " MRR movements."
                + (written == null
                        ? ""
                        : " Generated and read models rebuilt in "
                                + written.took().toSeconds() + " s.")
                + String.format(Locale.ROOT, " Load average when measuring began: %.1f.", load));
        lines.add("");
        long monthFrom = from.atStartOfDay(clock.zone()).toEpochSecond();
        long monthTo = thisMonth.atStartOfDay(clock.zone()).toEpochSecond();
        RawHistory raw = new RawHistory(jdbc);
        Map<String, Supplier<List<Long>>> requests = new LinkedHashMap<>();
        requests.put("GET /api/v1/kpi/funnel (cohort)", api(token, "/api/v1/kpi/funnel?" + window));
        requests.put("GET /api/v1/kpi/funnel (period)", api(token, "/api/v1/kpi/funnel?basis=period&" + window));
        requests.put("GET /api/v1/kpi/funnel (by source)", api(token, "/api/v1/kpi/funnel?groupBy=source&" + window));
        requests.put("GET /api/v1/kpi/handoffs", api(token, "/api/v1/kpi/handoffs?" + window));
        requests.put("GET /api/v1/kpi/deals", api(token, "/api/v1/kpi/deals?" + window));
        requests.put("GET /api/v1/kpi/revenue", api(token, "/api/v1/kpi/revenue?" + window));
        requests.put("GET /dashboard (company dashboard page)", page("/dashboard?" + window));
        Map<String, Supplier<List<Long>>> baselines = Map.of(
                "GET /api/v1/kpi/funnel (cohort)", () -> sql(() -> raw.funnel(monthFrom, monthTo), 5),
                "GET /api/v1/kpi/handoffs", () -> sql(() -> raw.handoffs(monthFrom, monthTo), 5),
                "GET /api/v1/kpi/revenue", () -> sql(() -> raw.revenue(from, thisMonth), 5));
        warmUp(requests.values());
        lines.add("| request (window: last full month) | p50 ms | p95 ms | raw-history SQL p50 ms | × faster |");
        lines.add("|---|---|---|---|---|");
        requests.forEach((name, request) -> row(lines, name, request, baselines.get(name)));
        RawHistory.Revenue rawRevenue = raw.revenue(from, thisMonth);
        RevenueFigures endpoint = revenue.revenue(new Window(from, thisMonth), null);
        lines.add("");
        lines.add("Revenue by the raw query and by the endpoint: "
                + (RawHistory.sameFigures(rawRevenue, endpoint)
                        ? "the same figures"
                        : "DIFFERENT — raw " + rawRevenue + ", endpoint " + endpoint)
                + ".");
        lines.add("");
        lines.add("How time grows with the window (p50 / p95 ms; windows of whole months ending with the last full"
                + " month):");
        lines.add("");
        lines.add("| window | leads created in it | funnel (cohort) | funnel (period) | funnel by source | handoffs"
                + " | revenue |");
        lines.add("|---|---|---|---|---|---|---|");
        for (int size : new int[] {1, 3, 6, 12}) {
            String sized = "from=" + thisMonth.minusMonths(size) + "&to=" + thisMonth;
            long created = jdbc.sql("select count(*) from kpi_lead_funnel where lead_s >= :from and lead_s < :to")
                    .param(
                            "from",
                            thisMonth
                                    .minusMonths(size)
                                    .atStartOfDay(clock.zone())
                                    .toEpochSecond())
                    .param("to", monthTo)
                    .query(Long.class)
                    .single();
            StringBuilder cells = new StringBuilder("| " + size + " month" + (size == 1 ? "" : "s") + " | " + created);
            for (String path : List.of(
                    "/api/v1/kpi/funnel?",
                    "/api/v1/kpi/funnel?basis=period&",
                    "/api/v1/kpi/funnel?groupBy=source&",
                    "/api/v1/kpi/handoffs?",
                    "/api/v1/kpi/revenue?")) {
                List<Long> times = api(token, path + sized).get();
                cells.append(" | ")
                        .append(ms(percentile(times, 50)))
                        .append(" / ")
                        .append(ms(percentile(times, 95)));
            }
            lines.add(cells + " |");
        }
        Files.writeString(
                REPORT,
                String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        relaySteps.report("read models kept current by the events (as in production)");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void row(List<String> lines, String name, Supplier<List<Long>> request, Supplier<List<Long>> baseline) {
        List<Long> times = request.get();
        if (times.isEmpty()) {
            lines.add("| " + name + " | — | — | | |");
            return;
        }
        String raw = "";
        String faster = "";
        if (baseline != null) {
            List<Long> rawTimes = baseline.get();
            raw = ms(percentile(rawTimes, 50));
            faster = String.format(
                    Locale.ROOT, "%.1f", (double) percentile(rawTimes, 50) / Math.max(1, percentile(times, 50)));
        }
        lines.add("| " + name + " | " + ms(percentile(times, 50)) + " | " + ms(percentile(times, 95)) + " | " + raw
                + " | " + faster + " |");
    }

    /** Microseconds shown as milliseconds. */
    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
    }

    /**
     * Requests of every kind timed here, round and round, for benchmark.warmUpSeconds (default 60): the state of a
     * server that has been answering for a while, its request path compiled by the JIT. Without it the first hundred
     * requests time the compiler (a trivial endpoint took 8–16 ms after 20 requests, 1.4 ms after a minute).
     */
    private static void warmUp(Collection<Supplier<List<Long>>> requests) {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < until) {
            requests.forEach(Supplier::get);
        }
    }

    static long percentile(List<Long> times, int percent) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private Supplier<List<Long>> api(String token, String path) {
        return () -> timed(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                RUNS);
    }

    private Supplier<List<Long>> page(String path) {
        return () -> timed(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                RUNS);
    }

    /** Microseconds of each run after the warm-ups; empty when the request does not answer 200. */
    private List<Long> timed(HttpRequest request, int runs) {
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 0; i < runs + WARM_UPS; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - started) / 1_000;
                if (response.statusCode() != 200) {
                    return List.of();
                }
                if (i >= WARM_UPS) {
                    times.add(took);
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return times;
    }

    private void signIn() throws IOException, InterruptedException {
        String form = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String body = "email=" + URLEncoder.encode(ScaleGenerator.emails().get(0), StandardCharsets.UTF_8)
                + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private List<Long> sql(Runnable query, int runs) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long started = System.nanoTime();
            query.run();
            if (i >= 1) {
                times.add((System.nanoTime() - started) / 1_000);
            }
        }
        return times;
    }
}
