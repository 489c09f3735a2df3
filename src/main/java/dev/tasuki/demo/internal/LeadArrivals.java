package dev.tasuki.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.LeadSource;

/**
 * When leads come in and through which channel: every day from the web, outbound and referrals, a little more each
 * month as marketing grows; in one go at trade shows and seminars. A lead takes the campaign that ran on its channel
 * that day, if any.
 */
final class LeadArrivals {

    /** A lead arriving: when, through what, the campaign (index) and, for an event, when the event was. */
    record Arrival(Instant at, LeadSource source, Integer campaign, Instant eventAt) {}

    private static final LeadSource[] DAILY = {
        LeadSource.WEBINAR,
        LeadSource.INQUIRY,
        LeadSource.ADVERTISING,
        LeadSource.CONTENT_DOWNLOAD,
        LeadSource.REFERRAL,
        LeadSource.OUTBOUND
    };
    private static final int[] DAILY_WEIGHTS = {20, 11, 18, 24, 5, 12};
    private static final double FIRST_MONTH = 108;
    private static final double GROWTH_PER_MONTH = 4.5;

    private LeadArrivals() {}

    static List<Arrival> between(
            Random random, OfficeHours hours, LocalDate first, Instant now, DemoCampaigns campaigns) {
        List<Arrival> arrivals = new ArrayList<>();
        LocalDate today = hours.day(now);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            double perDay = (FIRST_MONTH + GROWTH_PER_MONTH * ChronoUnit.MONTHS.between(first, day))
                    / 30.4
                    * (OfficeHours.isWorkday(day) ? 1.27 : 0.35);
            int count = (int) Math.floor(perDay + random.nextDouble());
            for (int i = 0; i < count; i++) {
                LeadSource source = DAILY[Weighted.index(random, DAILY_WEIGHTS)];
                Instant at = fromTheWeb(source) ? hours.anyTime(day) : hours.during(day, 9, 19);
                if (!at.isAfter(now)) {
                    arrivals.add(new Arrival(
                            at, source, campaigns.running(source, hours.day(at)).orElse(null), null));
                }
            }
        }
        for (int event : campaigns.events()) {
            arrivals.addAll(fromEvent(random, hours, campaigns.all().get(event), event, now));
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    /**
     * A trade show's scanned cards are entered in the days after it; a seminar's registrations come in the weeks
     * before.
     */
    private static List<Arrival> fromEvent(
            Random random, OfficeHours hours, CampaignDetails event, int index, Instant now) {
        List<Arrival> arrivals = new ArrayList<>();
        boolean tradeShow = event.channel() == LeadSource.EXHIBITION;
        int count = tradeShow ? 150 + random.nextInt(41) : 40 + random.nextInt(21);
        for (int i = 0; i < count; i++) {
            Instant eventAt;
            Instant at;
            if (tradeShow) {
                eventAt = hours.during(event.startsOn().plusDays(random.nextInt(3)), 10, 18);
                at = hours.during(event.endsOn().plusDays(1 + random.nextInt(3)), 9, 19);
            } else {
                eventAt = event.startsOn().atTime(15, 0).atZone(hours.zone()).toInstant();
                at = hours.during(event.startsOn().minusDays(1 + random.nextInt(21)), 9, 19);
            }
            if (!at.isAfter(now) && !eventAt.isAfter(now)) {
                arrivals.add(new Arrival(at, event.channel(), index, eventAt));
            }
        }
        return arrivals;
    }

    private static boolean fromTheWeb(LeadSource source) {
        return source == LeadSource.INQUIRY
                || source == LeadSource.CONTENT_DOWNLOAD
                || source == LeadSource.ADVERTISING
                || source == LeadSource.WEBINAR;
    }
}
