package dev.tasuki.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.LeadSource;

/**
 * Marketing's campaign calendar over the demo's history, counted in months from its first month: a webinar series and a
 * listing-ad campaign per half year, the spring and autumn trade show (営業DX EXPO, in May and October), two seminars in
 * the regions and two white papers. Costs in yen, at the prices such campaigns cost in Japan.
 */
final class DemoCampaigns {

    private static final int MONTHS = HistoryPlan.MONTHS;

    private final List<CampaignDetails> calendar;

    private DemoCampaigns(List<CampaignDetails> calendar) {
        this.calendar = List.copyOf(calendar);
    }

    static DemoCampaigns plan(Random random, YearMonth first) {
        List<CampaignDetails> campaigns = new ArrayList<>();
        int[][] halves = {{0, 5}, {6, 11}, {12, 18}};
        for (int half = 0; half < halves.length; half++) {
            YearMonth from = first.plusMonths(halves[half][0]);
            YearMonth to = first.plusMonths(halves[half][1]);
            long webinarCost = 100_000 + 10_000L * random.nextInt(41);
            campaigns.add(new CampaignDetails(
                    "ザ・モデル実践ウェビナー 第" + (half + 1) + "期（" + label(from) + "〜" + label(to) + "）",
                    LeadSource.WEBINAR,
                    from.atDay(1),
                    to.atEndOfMonth(),
                    webinarCost));
            int months = halves[half][1] - halves[half][0] + 1;
            long monthlyAds = 300_000 + 50_000L * random.nextInt(15);
            campaigns.add(new CampaignDetails(
                    "リスティング広告 " + label(from) + "〜" + label(to),
                    LeadSource.ADVERTISING,
                    from.atDay(1),
                    to.atEndOfMonth(),
                    monthlyAds * months));
        }
        for (YearMonth month = first; !month.isAfter(first.plusMonths(MONTHS)); month = month.plusMonths(1)) {
            LocalDate opens = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
            boolean held = month.getMonth() == Month.MAY || month.getMonth() == Month.OCTOBER;
            if (held
                    && opens.isAfter(first.atDay(20))
                    && opens.isBefore(first.plusMonths(MONTHS).atDay(1))) {
                long cost = 2_000_000 + 100_000L * random.nextInt(31);
                campaigns.add(
                        new CampaignDetails(tradeShow(opens), LeadSource.EXHIBITION, opens, opens.plusDays(2), cost));
            }
        }
        String[] cities = {"大阪", "名古屋"};
        int[] seminarMonths = {4, 11};
        for (int i = 0; i < cities.length; i++) {
            LocalDate day = first.plusMonths(seminarMonths[i])
                    .atDay(1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
            campaigns.add(new CampaignDetails(
                    "営業生産性向上セミナー in " + cities[i] + "（" + label(YearMonth.from(day)) + "）",
                    LeadSource.SEMINAR,
                    day,
                    day,
                    400_000 + 50_000L * random.nextInt(7)));
        }
        String[] papers = {"ホワイトペーパー「インサイドセールス立ち上げ完全ガイド」", "ホワイトペーパー「The Model KPI設計ハンドブック」"};
        int[] paperMonths = {1, 9};
        for (int i = 0; i < papers.length; i++) {
            YearMonth from = first.plusMonths(paperMonths[i]);
            campaigns.add(new CampaignDetails(
                    papers[i],
                    LeadSource.CONTENT_DOWNLOAD,
                    from.atDay(1),
                    from.plusMonths(5).atEndOfMonth(),
                    200_000 + 50_000L * random.nextInt(3)));
        }
        return new DemoCampaigns(campaigns);
    }

    List<CampaignDetails> all() {
        return calendar;
    }

    /** The campaign running on this channel on this day, as an index into {@link #all()}. */
    Optional<Integer> running(LeadSource channel, LocalDate day) {
        for (int i = 0; i < calendar.size(); i++) {
            CampaignDetails campaign = calendar.get(i);
            if (campaign.channel() == channel
                    && !day.isBefore(campaign.startsOn())
                    && !day.isAfter(campaign.endsOn())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The events that bring leads in one go (trade shows, seminars), as indexes into {@link #all()}. */
    List<Integer> events() {
        List<Integer> events = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            LeadSource channel = calendar.get(i).channel();
            if (channel == LeadSource.EXHIBITION || channel == LeadSource.SEMINAR) {
                events.add(i);
            }
        }
        return events;
    }

    private static String tradeShow(LocalDate opens) {
        return "営業DX EXPO " + opens.getYear() + (opens.getMonth() == Month.MAY ? " 春" : " 秋");
    }

    private static String label(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
