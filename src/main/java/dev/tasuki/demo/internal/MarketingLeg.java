package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.between;
import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * Marketing's leg: a new lead is nurtured until it qualifies (MQL) and is handed to Inside Sales, or stays in nurture,
 * or is taken out by hand. About a third of leads qualify, inquiries and referrals far more often than ads and
 * downloads.
 */
final class MarketingLeg {

    private static final Map<LeadSource, Double> QUALIFIES = Map.of(
            LeadSource.INQUIRY,
            0.68,
            LeadSource.REFERRAL,
            0.58,
            LeadSource.SEMINAR,
            0.40,
            LeadSource.WEBINAR,
            0.34,
            LeadSource.EXHIBITION,
            0.27,
            LeadSource.CONTENT_DOWNLOAD,
            0.21,
            LeadSource.ADVERTISING,
            0.19,
            LeadSource.OUTBOUND,
            0.28);
    private static final int MAX_HANDOVERS = 3;

    private final Random random;
    private final OfficeHours hours;
    private final InsideSalesLeg insideSales;

    MarketingLeg(Random random, OfficeHours hours, InsideSalesLeg insideSales) {
        this.random = random;
        this.hours = hours;
        this.insideSales = insideSales;
    }

    /** Works the new lead; true when Inside Sales accepted it (SAL). */
    boolean run(FunnelJourney journey, LeadProfile lead) {
        Instant ready = attend(journey, lead);
        if (!chance(random, QUALIFIES.get(lead.source()) * sizeFactor(lead.band()))) {
            return leaveOrTakeOut(journey, lead);
        }
        Instant sendAt = hours.after(ready, nurture(lead.source()));
        return handOver(journey, lead, sendAt, RelayTexts.mqlNote(random, lead.source()), 1);
    }

    /** Seminar and webinar attendance and booth visits, logged by the marketer; returns when the lead may qualify. */
    private Instant attend(FunnelJourney journey, LeadProfile lead) {
        Instant created = journey.last();
        switch (lead.source()) {
            case WEBINAR -> {
                if (chance(random, 0.65)) {
                    Instant webinar = hours.during(hours.day(created).plusDays(1 + random.nextInt(10)), 14, 16);
                    log(journey, ActivityTexts.attended(lead.campaignName()), webinar, lead.marketer());
                    return webinar;
                }
            }
            case SEMINAR -> {
                if (chance(random, 0.8)) {
                    log(journey, ActivityTexts.attended(lead.campaignName()), lead.eventAt(), lead.marketer());
                    return lead.eventAt().isAfter(created) ? lead.eventAt() : created;
                }
            }
            case EXHIBITION -> {
                if (chance(random, 0.6)) {
                    log(journey, ActivityTexts.metAtBooth(lead.campaignName()), created, lead.marketer());
                }
            }
            default -> {
                // no event to attend
            }
        }
        return created;
    }

    private boolean handOver(FunnelJourney journey, LeadProfile lead, Instant sendAt, String note, int round) {
        long receiver = insideSales.receiver();
        FunnelJourney.Reply reply = insideSales.replyToMql(journey, receiver, sendAt, round);
        FunnelJourney.Answer answer = journey.handOff(
                HandoffKind.MKT_IS,
                lead.marketer(),
                sendAt,
                ResponseTimes.sla(HandoffKind.MKT_IS),
                note,
                null,
                null,
                reply);
        if (answer != FunnelJourney.Answer.REJECTED || round >= MAX_HANDOVERS) {
            return answer == FunnelJourney.Answer.ACCEPTED;
        }
        if (reply.reason().returnsToSender() && chance(random, 0.85)) {
            Instant again = hours.after(reply.at(), Duration.ofHours(Math.round(between(random, 3, 120))));
            return handOver(journey, lead, again, RelayTexts.resentNote(random), round + 1);
        }
        if (journey.stage() == LifecycleStage.RECYCLED && chance(random, 0.15)) {
            return qualifiesAgain(journey, lead, round + 1);
        }
        return false;
    }

    private boolean leaveOrTakeOut(FunnelJourney journey, LeadProfile lead) {
        double draw = random.nextDouble();
        if (draw < 0.06) {
            journey.enter(
                    LifecycleStage.DISQUALIFIED,
                    hours.after(
                            journey.last(),
                            Duration.ofDays(1 + random.nextInt(14)).plusMinutes(random.nextInt(480))),
                    lead.marketer());
        } else if (draw < 0.18
                && journey.enter(
                        LifecycleStage.RECYCLED,
                        hours.after(
                                journey.last(),
                                Duration.ofDays(45 + random.nextInt(75)).plusMinutes(random.nextInt(480))),
                        lead.marketer())
                && chance(random, 0.2)) {
            return qualifiesAgain(journey, lead, 1);
        }
        return false;
    }

    /** A recycled lead shows interest again months later and is handed over once more. */
    private boolean qualifiesAgain(FunnelJourney journey, LeadProfile lead, int round) {
        Instant sendAt = hours.after(journey.last(), Duration.ofDays(30 + random.nextInt(120)));
        return handOver(journey, lead, sendAt, RelayTexts.mqlNote(random, lead.source()), round);
    }

    private Duration nurture(LeadSource source) {
        return switch (source) {
            case INQUIRY -> Duration.ofMinutes(20 + random.nextInt(280));
            case REFERRAL -> Duration.ofHours(4 + random.nextInt(68));
            default -> Duration.ofHours(Math.round(24 + 24 * 18 * -Math.log(1 - random.nextDouble() * 0.999)));
        };
    }

    private static double sizeFactor(EmployeeBand band) {
        return switch (band) {
            case B1_9 -> 0.5;
            case B10_49 -> 0.8;
            case B50_99 -> 0.95;
            case B100_299 -> 1.1;
            case B300_999 -> 1.2;
            case B1000_PLUS -> 1.25;
        };
    }

    private void log(FunnelJourney journey, ActivityTexts.Text text, Instant at, long by) {
        journey.log(ActivityKind.NOTE, text.subject(), text.body(), at, by);
    }
}
