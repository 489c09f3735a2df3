package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.identity.Department;

/**
 * How a deal of the demo goes, from its opening through the pipeline's stages (a new Tasuki's, V5__deal.sql) to a win
 * or a loss, as far as now. Of new business, about a quarter of the deals that close are won, after one to four months;
 * the lost ones stop at some stage, and one in eight drags on without a decision. Amounts grow with the company:
 * ¥50,000 to ¥800,000 a month.
 */
final class DealCycle {

    static final String FIRST_MEETING = "FIRST_MEETING";
    static final String WON = "WON";
    static final String LOST = "LOST";
    /** The open stages after the first meeting, in order. */
    static final List<String> LATER_STAGES = List.of("DISCOVERY", "PROPOSAL", "QUOTE", "NEGOTIATION");

    private enum Outcome {
        WON,
        LOST,
        STALLED
    }

    private static final int[] OUTCOME_WEIGHTS = {23, 65, 12};
    /** How many later stages a lost deal had reached: none, discovery, proposal, quote, negotiation. */
    private static final int[] LOST_REACH = {20, 25, 25, 20, 10};

    private final Random random;
    private final OfficeHours hours;
    private final Instant now;

    DealCycle(Random random, OfficeHours hours, Instant now) {
        this.random = random;
        this.hours = hours;
        this.now = now;
    }

    /** What a deal is when it is opened, and when its first meeting is. */
    private record Opening(
            int company,
            DealType type,
            String name,
            long mrr,
            ContractTerm term,
            long owner,
            Department department,
            Instant opened,
            Instant firstMeeting) {}

    /** The deal Field Sales opens on accepting the lead, at the first stage, worked from the first meeting on. */
    PlannedDeal newBusiness(int company, DemoCompanies.Company of, long owner, Instant opened, Instant firstMeeting) {
        Outcome outcome = Outcome.values()[Weighted.index(random, OUTCOME_WEIGHTS)];
        Opening opening = new Opening(
                company,
                DealType.NEW,
                of.name() + " 新規導入",
                mrr(of.band()),
                term(of.band()),
                owner,
                Department.FIELD_SALES,
                opened,
                firstMeeting);
        return switch (outcome) {
            case WON ->
                course(
                        opening,
                        chance(random, 0.2) ? LATER_STAGES.subList(1, 4) : LATER_STAGES,
                        WON,
                        DealTexts.won(random),
                        hours.after(firstMeeting, Duration.ofDays(35 + random.nextInt(86))));
            case LOST ->
                course(
                        opening,
                        LATER_STAGES.subList(0, Weighted.index(random, LOST_REACH)),
                        LOST,
                        DealTexts.lost(random),
                        hours.after(firstMeeting, Duration.ofDays(14 + random.nextInt(87))));
            case STALLED -> stalled(opening);
        };
    }

    /** A new-business deal that was won at that moment. */
    PlannedDeal wonAt(
            int company, DemoCompanies.Company of, long owner, Instant opened, Instant firstMeeting, Instant won) {
        Opening opening = new Opening(
                company,
                DealType.NEW,
                of.name() + " 新規導入",
                mrr(of.band()),
                ContractTerm.ANNUAL,
                owner,
                Department.FIELD_SALES,
                opened,
                firstMeeting);
        return course(opening, LATER_STAGES, WON, DealTexts.won(random), won);
    }

    /**
     * Customer Success sells more to a customer: three weeks to two months from its opening to the decision at close.
     */
    PlannedDeal expansion(
            int company,
            DemoCompanies.Company of,
            long owner,
            long addedMrr,
            ContractTerm term,
            Instant close,
            boolean won) {
        Instant opened = hours.lastWorking(close.minus(Duration.ofDays(21 + random.nextInt(40))));
        Opening opening = new Opening(
                company,
                DealType.EXPANSION,
                of.name() + " " + DealTexts.expansionName(random),
                addedMrr,
                term,
                owner,
                Department.CUSTOMER_SUCCESS,
                opened,
                hours.after(opened, Duration.ofDays(3)));
        return course(
                opening,
                LATER_STAGES.subList(1, 4),
                won ? WON : LOST,
                won ? DealTexts.won(random) : DealTexts.lost(random),
                close);
    }

    /**
     * Moves the deal through the path's stages, evenly over the time from the first meeting to the close, and closes it
     * at the end (WON or LOST, or null for a deal that never closes) with the reason: as far as now. An open deal's
     * close day is what the seller expects, a few of them already past.
     */
    private PlannedDeal course(Opening deal, List<String> path, String end, DealTexts.Close why, Instant close) {
        List<PastDeal.Move> moves = new ArrayList<>();
        moves.add(new PastDeal.Move(FIRST_MEETING, deal.opened(), deal.owner()));
        Instant from = deal.firstMeeting().isAfter(deal.opened()) ? deal.firstMeeting() : deal.opened();
        long span = Duration.between(from, close).toMinutes();
        Instant last = deal.opened();
        for (int i = 0; i < path.size(); i++) {
            Instant at = hours.working(from.plus(Duration.ofMinutes(60 + span * i / (path.size() + 1))));
            if (at.isAfter(now) || at.isAfter(close)) {
                break;
            }
            last = at.isBefore(last) ? last : at;
            moves.add(new PastDeal.Move(path.get(i), last, deal.owner()));
        }
        boolean closed = end != null && !close.isAfter(now);
        LocalDate expected = hours.day(close);
        if (closed) {
            moves.add(new PastDeal.Move(end, close, deal.owner()));
            expected = expected.plusDays(random.nextInt(41) - 20);
        } else if (end == null || chance(random, 0.15)) {
            expected = end == null && random.nextBoolean()
                    ? hours.day(now).plusDays(20 + random.nextInt(60))
                    : overdue(deal.opened());
        }
        LocalDate contractStart =
                closed && WON.equals(end) ? hours.day(close).withDayOfMonth(1).plusMonths(1) : null;
        return new PlannedDeal(
                deal.company(),
                null,
                deal.type(),
                deal.name(),
                deal.mrr(),
                deal.term(),
                expected,
                deal.owner(),
                deal.department(),
                moves,
                closed ? why.reason() : null,
                closed ? why.comment() : null,
                contractStart);
    }

    /**
     * No decision comes: lost for want of one after four to six months, or still open with its close day passed or
     * pushed out.
     */
    private PlannedDeal stalled(Opening deal) {
        Instant giveUp = hours.after(deal.opened(), Duration.ofDays(120 + random.nextInt(80)));
        List<String> path = LATER_STAGES.subList(0, 1 + random.nextInt(2));
        return giveUp.isAfter(now)
                ? course(deal, path, null, null, giveUp)
                : course(deal, path, LOST, DealTexts.noDecision(random), giveUp);
    }

    /** A close day that has passed without a decision, not before the deal was opened. */
    private LocalDate overdue(Instant opened) {
        LocalDate day = hours.day(now).minusDays(1 + random.nextInt(25));
        return day.isBefore(hours.day(opened)) ? hours.day(opened) : day;
    }

    /** MRR in yen by company size, in steps of ¥10,000. */
    long mrr(EmployeeBand band) {
        int[] range = switch (band) {
            case B1_9 -> new int[] {5, 8};
            case B10_49 -> new int[] {6, 15};
            case B50_99 -> new int[] {10, 25};
            case B100_299 -> new int[] {15, 40};
            case B300_999 -> new int[] {25, 60};
            case B1000_PLUS -> new int[] {40, 80};
        };
        return 10_000L * (range[0] + random.nextInt(range[1] - range[0] + 1));
    }

    /** Small companies buy month by month more often; bigger ones sign for a year. */
    ContractTerm term(EmployeeBand band) {
        double monthly = switch (band) {
            case B1_9 -> 0.7;
            case B10_49 -> 0.6;
            case B50_99 -> 0.45;
            case B100_299 -> 0.3;
            default -> 0.15;
        };
        return chance(random, monthly) ? ContractTerm.MONTHLY : ContractTerm.ANNUAL;
    }
}
