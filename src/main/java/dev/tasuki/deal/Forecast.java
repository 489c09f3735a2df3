package dev.tasuki.deal;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.deal.internal.DealCatalog;
import dev.tasuki.deal.internal.DealTable;
import dev.tasuki.platform.OrganisationClock;

/**
 * The forecast by month of expected close (open deals) beside what was won in that month. Categories by stage
 * probability: commit ≥ 80 %, best case ≥ 40 % (commit included), pipeline = every open deal; weighted = Σ amount ×
 * probability (METRICS.md weightedPipeline).
 */
@Service
@Transactional(readOnly = true)
public class Forecast {

    public static final int COMMIT_PROBABILITY = 80;
    public static final int BEST_CASE_PROBABILITY = 40;

    private final DealTable deals;
    private final DealCatalog catalog;
    private final OrganisationClock clock;

    Forecast(DealTable deals, DealCatalog catalog, OrganisationClock clock) {
        this.deals = deals;
        this.catalog = catalog;
        this.clock = clock;
    }

    public record Line(
            YearMonth month, Long ownerId, long commit, long bestCase, long pipeline, long weighted, long won) {}

    /** One line per month (and, with byOwner, per month and owner), months in order. */
    public List<Line> lines(boolean byOwner) {
        Map<String, Integer> probability =
                catalog.stages().stream().collect(Collectors.toMap(DealStage::code, DealStage::probability));
        ZoneId zone = clock.zone();
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, Line> keys = new TreeMap<>();
        for (Deal deal : deals.openAndWon()) {
            YearMonth month;
            if (deal.open()) {
                month = YearMonth.from(deal.expectedCloseOn());
            } else {
                month = YearMonth.from(deal.closedAt().atZone(zone));
            }
            String key = month + (byOwner ? "|" + deal.ownerId() : "");
            keys.putIfAbsent(key, new Line(month, byOwner ? deal.ownerId() : null, 0, 0, 0, 0, 0));
            long[] sum = sums.computeIfAbsent(key, k -> new long[5]);
            if (deal.open()) {
                int p = probability.getOrDefault(deal.stage(), 0);
                sum[0] += p >= COMMIT_PROBABILITY ? deal.amount() : 0;
                sum[1] += p >= BEST_CASE_PROBABILITY ? deal.amount() : 0;
                sum[2] += deal.amount();
                sum[3] += deal.amount() * p / 100;
            } else {
                sum[4] += deal.amount();
            }
        }
        List<Line> lines = new ArrayList<>();
        keys.forEach((key, line) -> {
            long[] sum = sums.get(key);
            lines.add(new Line(line.month(), line.ownerId(), sum[0], sum[1], sum[2], sum[3], sum[4]));
        });
        return lines;
    }
}
