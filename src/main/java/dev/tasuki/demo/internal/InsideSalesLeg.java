package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;

/**
 * Inside Sales' leg: answers Marketing's handoffs (about three in four accepted, the first call usually within hours),
 * works each SAL by phone and email, and books a first meeting for a bit under half of them, handing them to Field
 * Sales with BANT. The rest go back to nurture or out.
 */
final class InsideSalesLeg {

    private static final int MAX_HANDOVERS = 3;

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant busySince;
    private final FieldSalesLeg fieldSales;

    InsideSalesLeg(Random random, OfficeHours hours, DemoTeam team, Instant now, FieldSalesLeg fieldSales) {
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.busySince = now.minus(Duration.ofDays(5));
        this.fieldSales = fieldSales;
    }

    long receiver() {
        return team.someoneIn(Department.INSIDE_SALES, random);
    }

    /** How Inside Sales answers an MQL handoff, logging the calls it makes before answering. */
    FunnelJourney.Reply replyToMql(FunnelJourney journey, long by, Instant sentAt, int round) {
        Instant answerAt =
                hours.after(sentAt, ResponseTimes.answer(random, HandoffKind.MKT_IS, sentAt.isAfter(busySince)));
        Instant firstCall = hours.after(sentAt, ResponseTimes.firstTouch(random));
        boolean accepted = chance(random, round == 1 ? 0.75 : 0.8);
        RejectionReason reason =
                accepted ? null : round == 1 ? RejectionReason.forMql(random) : RejectionReason.afterReturn(random);
        if (reason == RejectionReason.UNREACHABLE) {
            calls(journey, ActivityTexts.missedCall(random), firstCall, by);
            Instant secondCall = hours.after(firstCall, Duration.ofMinutes(90 + random.nextInt(300)));
            calls(journey, ActivityTexts.missedCall(random), secondCall, by);
            firstCall = secondCall;
        } else {
            calls(
                    journey,
                    round == 1 ? ActivityTexts.firstCall(random) : ActivityTexts.callAgain(random),
                    firstCall,
                    by);
        }
        Instant at =
                answerAt.isAfter(firstCall) ? answerAt : firstCall.plus(Duration.ofMinutes(5 + random.nextInt(40)));
        return accepted
                ? FunnelJourney.Reply.accept(by, at)
                : FunnelJourney.Reply.reject(by, at, reason, RelayTexts.mqlRejection(random, reason));
    }

    /** Works an accepted SAL; returns the first meeting's time when Field Sales accepted it as an opportunity. */
    Optional<Instant> run(FunnelJourney journey, EmployeeBand band) {
        long owner = journey.owner();
        Instant at = journey.last();
        int followUps = 1 + random.nextInt(2);
        for (int i = 0; i < followUps; i++) {
            at = hours.after(at, Duration.ofHours(20 + random.nextInt(100)));
            ActivityTexts.Text text = ActivityTexts.followUp(random);
            ActivityKind kind = text.subject().contains("メール") || text.subject().contains("送付")
                    ? ActivityKind.EMAIL
                    : ActivityKind.CALL;
            journey.log(kind, text.subject(), text.body(), at, owner);
        }
        if (chance(random, band == EmployeeBand.B1_9 ? 0.28 : band == EmployeeBand.B1000_PLUS ? 0.52 : 0.43)) {
            Instant sendAt = hours.after(at, Duration.ofHours(2 + random.nextInt(72)));
            ActivityTexts.Text booked = ActivityTexts.appointment(random);
            journey.log(
                    ActivityKind.CALL, booked.subject(), booked.body(), sendAt.minus(Duration.ofMinutes(15)), owner);
            return handOver(journey, owner, sendAt, RelayTexts.sqlNote(random), band, 1);
        }
        Instant gaveUp = hours.after(at, Duration.ofDays(7 + random.nextInt(35)).plusMinutes(random.nextInt(480)));
        double draw = random.nextDouble();
        if (draw < 0.65) {
            journey.enter(LifecycleStage.RECYCLED, gaveUp, owner);
        } else if (draw < 0.85) {
            journey.enter(LifecycleStage.DISQUALIFIED, gaveUp, owner);
        }
        return Optional.empty();
    }

    private Optional<Instant> handOver(
            FunnelJourney journey, long sender, Instant sendAt, String note, EmployeeBand band, int round) {
        Instant appointment = hours.meetingSlot(sendAt, 2, 10);
        long receiver = fieldSales.receiver();
        FunnelJourney.Reply reply = fieldSales.replyToSql(receiver, sendAt, round);
        FunnelJourney.Answer answer = journey.handOff(
                HandoffKind.IS_FS,
                sender,
                sendAt,
                ResponseTimes.sla(HandoffKind.IS_FS),
                note,
                RelayTexts.bant(random, budget(band)),
                appointment,
                reply);
        if (answer == FunnelJourney.Answer.ACCEPTED) {
            return Optional.of(appointment);
        }
        if (answer == FunnelJourney.Answer.REJECTED
                && reply.reason().returnsToSender()
                && round < MAX_HANDOVERS
                && chance(random, 0.9)) {
            Instant again = hours.after(reply.at(), Duration.ofHours(4 + random.nextInt(96)));
            return handOver(journey, sender, again, RelayTexts.resentNote(random), band, round + 1);
        }
        return Optional.empty();
    }

    private void calls(FunnelJourney journey, ActivityTexts.Text text, Instant at, long by) {
        journey.log(ActivityKind.CALL, text.subject(), text.body(), at, by);
    }

    /** The yearly budget in units of ¥10,000, by company size. */
    private int budget(EmployeeBand band) {
        int base = switch (band) {
            case B1_9, B10_49 -> 60;
            case B50_99 -> 120;
            case B100_299 -> 240;
            case B300_999 -> 480;
            case B1000_PLUS -> 900;
        };
        return base + 10 * random.nextInt(base / 10 + 1);
    }
}
