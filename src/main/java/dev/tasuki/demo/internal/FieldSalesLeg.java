package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.deal.OnboardingNote;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.LifecycleStage;

/**
 * Field Sales' leg: answers Inside Sales' handoffs (most accepted) and works each opportunity's deal as
 * {@link DealCycle} plans it. A won customer is handed to Customer Success for onboarding, with the deal's context.
 */
final class FieldSalesLeg {

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant busySince;
    private final DealCycle deals;

    FieldSalesLeg(Random random, OfficeHours hours, DemoTeam team, Instant now) {
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.busySince = now.minus(Duration.ofDays(5));
        this.deals = new DealCycle(random, hours, now);
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

    /**
     * Works an opportunity from its first meeting as its deal goes, as far as now: a meeting at each stage it moves to,
     * and the lead's close with the deal's (CUSTOMER, handed to Customer Success for onboarding, or LOST with a note).
     */
    PlannedDeal run(FunnelJourney journey, Instant appointment, int company, DemoCompanies.Company of) {
        long owner = journey.owner();
        Instant opened = journey.last();
        Instant firstMeeting = appointment.isAfter(opened) ? appointment : hours.after(opened, Duration.ofDays(2));
        meet(journey, ActivityTexts.firstMeeting(random), firstMeeting, owner);
        PlannedDeal deal = deals.newBusiness(company, of, owner, opened, firstMeeting);
        close(journey, deal, deal.won() ? onboarded(deal.closedAt()) : null);
        return deal;
    }

    DealCycle deals() {
        return deals;
    }

    /**
     * The lead's side of the deal: its meetings, and LOST with a note when it was lost, or CUSTOMER when it was won,
     * handed to Customer Success with the deal's context and answered as onboarding says.
     */
    void close(FunnelJourney journey, PlannedDeal deal, FunnelJourney.Reply onboarding) {
        long owner = deal.ownerId();
        for (PastDeal.Move move : deal.moves()) {
            ActivityTexts.meetingAt(move.stage(), random).ifPresent(text -> meet(journey, text, move.at(), owner));
        }
        if (deal.lost()) {
            journey.enter(LifecycleStage.LOST, deal.closedAt(), owner);
            journey.log(ActivityKind.NOTE, "失注理由", deal.comment(), deal.closedAt(), owner);
        } else if (deal.won()) {
            journey.enter(LifecycleStage.CUSTOMER, deal.closedAt(), owner);
            String note = OnboardingNote.of(
                    deal.name(), deal.amount(), deal.mrr(), deal.term(), deal.contractStart(), deal.comment());
            FunnelJourney.Answer answer = journey.handOff(
                    HandoffKind.FS_CS,
                    owner,
                    deal.closedAt(),
                    ResponseTimes.sla(HandoffKind.FS_CS),
                    note,
                    null,
                    null,
                    onboarding);
            if (answer == FunnelJourney.Answer.ACCEPTED) {
                ActivityTexts.Text kickOff = ActivityTexts.kickOff(random);
                journey.log(
                        ActivityKind.MEETING,
                        kickOff.subject(),
                        kickOff.body(),
                        hours.meetingSlot(onboarding.at(), 3, 12),
                        onboarding.by());
            }
        }
    }

    /** Customer Success accepts the onboarding within a few working days. */
    private FunnelJourney.Reply onboarded(Instant won) {
        long receiver = team.someoneIn(Department.CUSTOMER_SUCCESS, random);
        return FunnelJourney.Reply.accept(receiver, hours.after(won, Duration.ofHours(1 + random.nextInt(60))));
    }

    private void meet(FunnelJourney journey, ActivityTexts.Text text, Instant at, long by) {
        journey.log(ActivityKind.MEETING, text.subject(), text.body(), at, by);
    }
}
