package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;

/**
 * Field Sales' leg: answers Inside Sales' handoffs (most accepted), meets the opportunity, and closes
 * it as {@link OpportunityOutcome} says. A won customer is handed to Customer Success for onboarding.
 */
final class FieldSalesLeg {

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant busySince;

    FieldSalesLeg(Random random, OfficeHours hours, DemoTeam team, Instant now) {
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.busySince = now.minus(Duration.ofDays(5));
    }

    long receiver() {
        return team.someoneIn(Department.FIELD_SALES, random);
    }

    FunnelJourney.Reply replyToSql(long by, Instant sentAt, int round) {
        Instant at = hours.after(sentAt, ResponseTimes.answer(random, HandoffKind.IS_FS, sentAt.isAfter(busySince)));
        if (chance(random, 0.85)) {
            return FunnelJourney.Reply.accept(by, at);
        }
        RejectionReason reason = round == 1 ? RejectionReason.forSql(random) : RejectionReason.afterReturn(random);
        return FunnelJourney.Reply.reject(by, at, reason, RelayTexts.sqlRejection(random, reason));
    }

    /** Works an opportunity from its first meeting to its close, as far as now. */
    void run(FunnelJourney journey, Instant appointment) {
        long owner = journey.owner();
        Instant opened = journey.last();
        Instant firstMeeting = appointment.isAfter(opened) ? appointment : hours.after(opened, Duration.ofDays(2));
        meet(journey, ActivityTexts.firstMeeting(random), firstMeeting, owner);
        OpportunityOutcome outcome = OpportunityOutcome.draw(random);
        if (outcome == OpportunityOutcome.STILL_OPEN) {
            meet(journey, ActivityTexts.laterMeeting(random), hours.after(firstMeeting, Duration.ofDays(14 + random.nextInt(30))), owner);
            return;
        }
        Instant closed = hours.after(firstMeeting, Duration.ofDays(outcome.cycleDays(random)).plusMinutes(random.nextInt(480)));
        int meetings = outcome == OpportunityOutcome.WON ? 2 + random.nextInt(2) : random.nextInt(3);
        long step = Duration.between(firstMeeting, closed).toMinutes() / (meetings + 1);
        for (int i = 1; i <= meetings; i++) {
            meet(journey, ActivityTexts.laterMeeting(random), hours.working(firstMeeting.plus(Duration.ofMinutes(step * i))), owner);
        }
        if (outcome == OpportunityOutcome.LOST) {
            if (journey.enter(LifecycleStage.LOST, closed, owner)) {
                ActivityTexts.Text why = ActivityTexts.lost(random);
                journey.log(ActivityKind.NOTE, why.subject(), why.body(), closed, owner);
            }
            return;
        }
        if (journey.enter(LifecycleStage.CUSTOMER, closed, owner)) {
            onboard(journey, owner, closed);
        }
    }

    private void onboard(FunnelJourney journey, long sender, Instant won) {
        long receiver = team.someoneIn(Department.CUSTOMER_SUCCESS, random);
        Instant answered = hours.after(won, Duration.ofHours(1 + random.nextInt(60)));
        FunnelJourney.Answer answer = journey.handOff(HandoffKind.FS_CS, sender, won, ResponseTimes.sla(HandoffKind.FS_CS),
                RelayTexts.onboardingNote(random), null, null, FunnelJourney.Reply.accept(receiver, answered));
        if (answer == FunnelJourney.Answer.ACCEPTED) {
            ActivityTexts.Text kickOff = ActivityTexts.kickOff(random);
            journey.log(ActivityKind.MEETING, kickOff.subject(), kickOff.body(), hours.meetingSlot(answered, 3, 12), receiver);
        }
    }

    private void meet(FunnelJourney journey, ActivityTexts.Text text, Instant at, long by) {
        journey.log(ActivityKind.MEETING, text.subject(), text.body(), at, by);
    }
}
