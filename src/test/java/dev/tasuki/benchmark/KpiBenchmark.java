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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import dev.tasuki.platform.OrganisationClock;

/**
 * The KPI engine at scale (docs/benchmarks.md): generates N leads of history (benchmark.leads, default 1,000,000,
 * over benchmark.months, default 18), then reports p50/p95 of each /api/v1/kpi endpoint and of the company
 * dashboard over HTTP, the same figures by plain SQL over the raw history tables (the query a BI user would write),
 * how time grows with the window, and relay steps per second with the read models kept current
 * ({@link WritePathBenchmark} measures them without). Results are appended to target/kpi-benchmark.md.
 * Run with {@code mvn -B test -Pbenchmark} (PostgreSQL; {@code -Dbenchmark.database=h2} for H2). Never part of
 * {@code mvn verify}; it asserts nothing about time.
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

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    @Order(1)
    void readsAtScale() throws Exception {
        int leads = Integer.getInteger("benchmark.leads", 1_000_000);
        int months = Integer.getInteger("benchmark.months", 18);
        ScaleGenerator.Written written = users.findByEmail(ScaleGenerator.emails().get(0)).isPresent() ? null
                : generator.generate(new ScaleGenerator.Plan(leads, months, 1), PASSWORD);
        String token = tokens.issue(users.findByEmail(ScaleGenerator.emails().get(0)).orElseThrow().id(), "benchmark",
                clock.now()).token();
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
                + " " + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ". Rows: "
                + count("stage_entry") + " stage entries, " + count("handoff") + " handoffs, " + count("activity")
                + " activities, " + count("deal") + " deals, " + count("mrr_movement") + " MRR movements."
                + (written == null ? "" : " Generated and read models rebuilt in " + written.took().toSeconds() + " s.")
                + String.format(Locale.ROOT, " Load average when measuring began: %.1f.", load));
        lines.add("");
        lines.add("| request (window: last full month) | p50 ms | p95 ms | raw-history SQL p50 ms | × faster |");
        lines.add("|---|---|---|---|---|");
        long monthFrom = from.atStartOfDay(clock.zone()).toEpochSecond();
        long monthTo = thisMonth.atStartOfDay(clock.zone()).toEpochSecond();
        row(lines, "GET /api/v1/kpi/funnel (cohort)", api(token, "/api/v1/kpi/funnel?" + window),
                () -> rawFunnel(monthFrom, monthTo));
        row(lines, "GET /api/v1/kpi/funnel (period)", api(token, "/api/v1/kpi/funnel?basis=period&" + window), null);
        row(lines, "GET /api/v1/kpi/funnel (by source)", api(token, "/api/v1/kpi/funnel?groupBy=source&" + window), null);
        row(lines, "GET /api/v1/kpi/handoffs", api(token, "/api/v1/kpi/handoffs?" + window),
                () -> rawHandoffs(monthFrom, monthTo));
        row(lines, "GET /api/v1/kpi/deals", api(token, "/api/v1/kpi/deals?" + window), null);
        row(lines, "GET /api/v1/kpi/revenue", api(token, "/api/v1/kpi/revenue?" + window),
                () -> rawRevenue(from, thisMonth));
        row(lines, "GET /dashboard (company dashboard page)", page("/dashboard?" + window), null);
        lines.add("");
        lines.add("How the funnel's time grows with its window (cohort basis, months ending with the last full month):");
        lines.add("");
        lines.add("| window | p50 ms | p95 ms |");
        lines.add("|---|---|---|");
        for (int size : new int[] {1, 3, 6, 12}) {
            List<Long> times = api(token, "/api/v1/kpi/funnel?from=" + thisMonth.minusMonths(size) + "&to=" + thisMonth).get();
            lines.add("| " + size + " month" + (size == 1 ? "" : "s") + " | " + percentile(times, 50) + " | "
                    + percentile(times, 95) + " |");
        }
        Files.writeString(REPORT, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
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
            raw = String.valueOf(percentile(rawTimes, 50));
            faster = String.format(Locale.ROOT, "%.0f", (double) percentile(rawTimes, 50) / Math.max(1, percentile(times, 50)));
        }
        lines.add("| " + name + " | " + percentile(times, 50) + " | " + percentile(times, 95) + " | " + raw + " | " + faster + " |");
    }

    static long percentile(List<Long> times, int percent) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private Supplier<List<Long>> api(String token, String path) {
        return () -> timed(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), RUNS);
    }

    private Supplier<List<Long>> page(String path) {
        return () -> timed(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), RUNS);
    }

    /** Milliseconds of each run after the warm-ups; empty when the request does not answer 200. */
    private List<Long> timed(HttpRequest request, int runs) {
        List<Long> times = new ArrayList<>();
        try {
            for (int i = 0; i < runs + WARM_UPS; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - started) / 1_000_000;
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
        String form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form");
        }
        String body = "email=" + URLEncoder.encode(ScaleGenerator.emails().get(0), StandardCharsets.UTF_8) + "&password="
                + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private List<Long> sql(Runnable query, int runs) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long started = System.nanoTime();
            query.run();
            if (i >= 1) {
                times.add((System.nanoTime() - started) / 1_000_000);
            }
        }
        return times;
    }

    /** The cohort funnel straight from the stage history: first entries per lead, implied ones included. */
    private List<Long> rawFunnel(long from, long to) {
        String reached = "min(case when e.to_stage in (%s) then e.entered_at end)";
        String sql = "select count(*), count(mql), count(sal), count(sq), count(opp), count(cust),"
                + " percentile_cont(0.5) within group (order by extract(epoch from mql) - extract(epoch from created)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from sal) - extract(epoch from mql)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from sq) - extract(epoch from sal)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from opp) - extract(epoch from sq)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from cust) - extract(epoch from opp))"
                + " from (select l.id, l.created_at created, "
                + String.format(reached, "'MQL','SAL','SQL','OPPORTUNITY','CUSTOMER'") + " mql, "
                + String.format(reached, "'SAL','SQL','OPPORTUNITY','CUSTOMER'") + " sal, "
                + String.format(reached, "'SQL','OPPORTUNITY','CUSTOMER'") + " sq, "
                + String.format(reached, "'OPPORTUNITY','CUSTOMER'") + " opp, "
                + String.format(reached, "'CUSTOMER'") + " cust"
                + " from lead l join stage_entry e on e.lead_id = l.id"
                + " where extract(epoch from l.created_at) >= :from and extract(epoch from l.created_at) < :to group by l.id, l.created_at) x";
        return sql(() -> jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows(), 5);
    }

    /** Handoff counts and speed to lead from the handoff and activity tables. */
    private List<Long> rawHandoffs(long from, long to) {
        String sql = "select h.kind, count(*), count(case when h.status = 'ACCEPTED' then 1 end),"
                + " count(case when h.responded_at <= h.due_at then 1 end),"
                + " percentile_cont(0.5) within group (order by extract(epoch from h.responded_at) - extract(epoch from h.created_at)),"
                + " percentile_cont(0.5) within group (order by (select min(extract(epoch from a.occurred_at)) from activity a"
                + "   where a.lead_id = h.lead_id and a.by_department = 'INSIDE_SALES' and a.kind in ('CALL', 'EMAIL', 'MEETING')"
                + "   and a.occurred_at >= h.created_at) - extract(epoch from h.created_at))"
                + " from handoff h where extract(epoch from h.created_at) >= :from and extract(epoch from h.created_at) < :to"
                + " group by h.kind";
        return sql(() -> jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows(), 5);
    }

    /** MRR at the window's ends and the retained movements from mrr_movement, account by account. */
    private List<Long> rawRevenue(LocalDate from, LocalDate to) {
        String sql = "select (select coalesce(sum(amount), 0) from mrr_movement where movement_on < :from),"
                + " (select coalesce(sum(amount), 0) from mrr_movement where movement_on < :to),"
                + " (select count(*) from (select account_id, sum(amount) s from mrr_movement where movement_on < :from"
                + "   group by account_id) a where s > 0),"
                + " (select coalesce(sum(m.amount), 0) from mrr_movement m where m.movement_on >= :from and m.movement_on < :to"
                + "   and m.kind in ('EXPANSION', 'CONTRACTION', 'CHURN') and (select sum(p.amount) from mrr_movement p"
                + "   where p.account_id = m.account_id and p.movement_on < :from) > 0)";
        return sql(() -> jdbc.sql(sql).param("from", from).param("to", to).query().listOfRows(), 5);
    }
}
