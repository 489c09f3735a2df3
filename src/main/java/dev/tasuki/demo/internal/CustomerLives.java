package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.between;
import static dev.tasuki.demo.internal.Weighted.chance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.tasuki.customer.ActivityKind;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.identity.Department;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.success.ContractStatus;
import dev.tasuki.success.MrrSource;
import dev.tasuki.success.PastMrrHistory;
import dev.tasuki.success.RenewalOutcome;

/**
 * What became of ツナギクラウド's customers, month by month until now: the installed base it had when it began to work with
 * Tasuki eighteen months ago (their MRR imported then), and those the relay won since, from their contract's start.
 * Customer Success meets them, sells them more (EXPANSION deals), sometimes lowers their plan, renews annual contracts
 * (one in eight is lost at renewal) and loses a monthly one now and then (4 % a month): about 1.5 % of the paying
 * customers a month leave. A customer whose contract is lost churns, and so do its leads; a churned account that wins a
 * new deal comes back. Renewal decisions are made in the weeks before the renewal day, a few late, so that some
 * renewals are due and some overdue today.
 */
final class CustomerLives {

    /**
     * An MRR level from a day on, set at that moment by that person, because of a deal (an index into the plan's
     * deals).
     */
    record PlannedLevel(LocalDate on, long mrr, MrrSource source, Integer deal, Instant at, long by) {}

    record PlannedRenewal(
            RenewalOutcome outcome,
            LocalDate due,
            ContractTerm term,
            long mrr,
            String reason,
            String comment,
            Instant at,
            long by) {}

    record PlannedContract(
            LocalDate startedOn,
            ContractTerm term,
            LocalDate renewalOn,
            ContractStatus status,
            String churnReason,
            String churnComment,
            LocalDate churnedOn,
            Integer deal,
            Instant updatedAt,
            long updatedBy) {}

    /** An account's MRR history and its contract now. */
    record PlannedHistory(
            int company, List<PlannedLevel> levels, List<PlannedRenewal> renewals, PlannedContract contract) {

        PastMrrHistory toPast(long accountId, List<Long> dealIds) {
            return new PastMrrHistory(
                    accountId,
                    levels.stream()
                            .map(level -> new PastMrrHistory.Level(
                                    level.on(),
                                    level.mrr(),
                                    level.source(),
                                    level.deal() == null ? null : dealIds.get(level.deal()),
                                    level.at(),
                                    level.by()))
                            .toList(),
                    renewals.stream()
                            .map(renewal -> new PastMrrHistory.Renewal(
                                    renewal.outcome(),
                                    renewal.due(),
                                    renewal.term(),
                                    renewal.mrr(),
                                    renewal.reason(),
                                    renewal.comment(),
                                    renewal.at(),
                                    renewal.by()))
                            .toList(),
                    new PastMrrHistory.ContractState(
                            contract.startedOn(),
                            contract.term(),
                            contract.renewalOn(),
                            contract.status(),
                            contract.churnReason(),
                            contract.churnComment(),
                            contract.churnedOn(),
                            contract.deal() == null ? null : dealIds.get(contract.deal()),
                            contract.updatedAt(),
                            contract.updatedBy()));
        }
    }

    /** A meeting or call of Customer Success with a customer, on its account. */
    record CheckIn(int company, FunnelJourney.Touch touch) {}

    /** A lead that left the customers with its account, at that moment, marked so by that person. */
    record Churn(Instant at, long by) {}

    /** What the customers' lives add to the plan; the expansion deals were added to its deals. */
    record Lives(List<PlannedHistory> histories, Map<Integer, Churn> churnedLeads, List<CheckIn> checkIns) {

        /** The companies that are or were customers. */
        Set<Integer> customers() {
            return histories.stream().map(PlannedHistory::company).collect(Collectors.toSet());
        }
    }

    /** How many customers ツナギクラウド had when it began to work with Tasuki, their MRR imported then. */
    static final int INSTALLED_BASE = 60;

    private static final double ANNUAL_LOSS = 0.12;
    private static final double MONTHLY_LOSS = 0.04;
    private static final double EXPANSION = 0.06;
    private static final double CONTRACTION = 0.01;

    private final Random random;
    private final OfficeHours hours;
    private final DemoTeam team;
    private final Instant now;
    private final List<DemoCompanies.Company> companies;
    private final DealCycle cycle;
    private final Instant historyStart;

    CustomerLives(
            Random random,
            OfficeHours hours,
            DemoTeam team,
            Instant now,
            List<DemoCompanies.Company> companies,
            Instant historyStart) {
        this.random = random;
        this.hours = hours;
        this.team = team;
        this.now = now;
        this.companies = companies;
        this.historyStart = historyStart;
        this.cycle = new DealCycle(random, hours, now);
    }

    /**
     * Lives the customers: those of the installed base, whose MRR was imported when the history began, and those of the
     * won NEW deals among deals; adds their expansion deals to deals.
     */
    Lives live(List<PlannedDeal> deals, List<PlannedLead> leads) {
        Map<Integer, List<Integer>> wins = new TreeMap<>();
        for (int i = 0; i < deals.size(); i++) {
            PlannedDeal deal = deals.get(i);
            if (deal.type() == DealType.NEW && deal.won()) {
                wins.computeIfAbsent(deal.company(), company -> new ArrayList<>())
                        .add(i);
            }
        }
        Set<Integer> installed = new TreeSet<>();
        while (installed.size() < INSTALLED_BASE) {
            int company = random.nextInt(companies.size());
            if (!wins.containsKey(company)) {
                installed.add(company);
            }
        }
        Set<Integer> customers = new TreeSet<>(installed);
        customers.addAll(wins.keySet());
        List<PlannedHistory> histories = new ArrayList<>();
        Map<Integer, Churn> churned = new TreeMap<>();
        List<CheckIn> checkIns = new ArrayList<>();
        for (int company : customers) {
            List<Integer> won = wins.getOrDefault(company, new ArrayList<>());
            won.sort(Comparator.comparing((Integer i) -> deals.get(i).contractStart())
                    .thenComparing(i -> deals.get(i).closedAt()));
            long seller =
                    won.isEmpty() ? 0 : leads.get(deals.get(won.get(0)).lead()).ownerId();
            long success = team.customerSuccess().contains(seller)
                    ? seller
                    : team.someoneIn(Department.CUSTOMER_SUCCESS, random);
            Life life = new Life(company, success, deals, leads, churned, checkIns);
            histories.add(
                    installed.contains(company)
                            ? life.imported(won)
                            : life.live(won, deals.get(won.get(0)).contractStart()));
        }
        return new Lives(histories, churned, checkIns);
    }

    /** One account's life as a customer. */
    private final class Life {

        private final int company;
        private final List<PlannedDeal> deals;
        private final List<PlannedLead> leads;
        private final Map<Integer, Churn> churned;
        private final List<CheckIn> checkIns;
        private final List<PlannedLevel> levels = new ArrayList<>();
        private final List<PlannedRenewal> renewals = new ArrayList<>();
        /** The Customer Success member who looks after the account: who accepted its onboarding, as a rule. */
        private final long success;

        private final boolean engaged;
        private PlannedContract contract;
        private long mrr;

        Life(
                int company,
                long success,
                List<PlannedDeal> deals,
                List<PlannedLead> leads,
                Map<Integer, Churn> churned,
                List<CheckIn> checkIns) {
            this.company = company;
            this.success = success;
            this.deals = deals;
            this.leads = leads;
            this.churned = churned;
            this.checkIns = checkIns;
            this.engaged = chance(random, 0.8);
        }

        /**
         * A customer from before the history: its contract began one to three years before, its MRR imported at the
         * start.
         */
        PlannedHistory imported(List<Integer> won) {
            LocalDate first = hours.day(historyStart).withDayOfMonth(1).plusMonths(1);
            LocalDate start = first.minusMonths(1 + random.nextInt(36));
            ContractTerm term = cycle.term(companies.get(company).band());
            LocalDate renewal = start.plusMonths(term.months());
            while (renewal.isBefore(first)) {
                renewal = renewal.plusMonths(term.months());
            }
            long by = team.customerSuccess().get(0);
            level(start, cycle.mrr(companies.get(company).band()), MrrSource.IMPORT, null, historyStart, by);
            contract = new PlannedContract(
                    start, term, renewal, ContractStatus.ACTIVE, null, null, null, null, historyStart, by);
            return live(won, first);
        }

        /** Month by month from the first day on, the won deals starting as they come. */
        PlannedHistory live(List<Integer> won, LocalDate first) {
            int next = 0;
            LocalDate month = first;
            LocalDate last = hours.day(now).plusMonths(2);
            while (!month.isAfter(last)) {
                boolean started = false;
                while (next < won.size()
                        && !deals.get(won.get(next)).contractStart().isAfter(month)) {
                    win(won.get(next++));
                    started = true;
                }
                if (contract != null && contract.status() == ContractStatus.ACTIVE && !started) {
                    month(month);
                }
                month = month.plusMonths(1);
            }
            return new PlannedHistory(company, levels, renewals, contract);
        }

        /** A won NEW deal: the customer's first contract, a comeback, or another part of a paying customer buying. */
        private void win(int index) {
            PlannedDeal deal = deals.get(index);
            if (mrr > 0) {
                level(deal.contractStart(), mrr + deal.mrr(), MrrSource.DEAL, index, deal.closedAt(), deal.ownerId());
                return;
            }
            level(deal.contractStart(), deal.mrr(), MrrSource.DEAL, index, deal.closedAt(), deal.ownerId());
            contract = new PlannedContract(
                    deal.contractStart(),
                    deal.term(),
                    deal.contractStart().plusMonths(deal.term().months()),
                    ContractStatus.ACTIVE,
                    null,
                    null,
                    null,
                    index,
                    deal.closedAt(),
                    deal.ownerId());
        }

        /**
         * What happens in the month before the day: a renewal when one is due, else maybe a change of plan; meetings.
         */
        private void month(LocalDate day) {
            long tenure = ChronoUnit.MONTHS.between(contract.startedOn(), day);
            checkIn(day);
            if (contract.term() == ContractTerm.ANNUAL && contract.renewalOn().equals(day)) {
                renewAnnual(day);
            } else if (contract.term() == ContractTerm.MONTHLY && chance(random, MONTHLY_LOSS)) {
                decide(day, hours.during(day.minusDays(1 + random.nextInt(10)), 10, 18), 0);
            } else if (tenure >= 3 && chance(random, EXPANSION)) {
                expand(day);
            } else if (tenure >= 3 && chance(random, CONTRACTION)) {
                Instant at = hours.during(day.minusDays(1 + random.nextInt(5)), 10, 18);
                long lower = Math.max(10_000, round(mrr * between(random, 0.65, 0.9)));
                if (!at.isAfter(now) && lower < mrr) {
                    level(day, lower, MrrSource.MANUAL, null, at, success);
                }
            }
        }

        /**
         * Decided in the weeks before the renewal day, one in seven late: renewed at the same MRR, more or less, or
         * lost.
         */
        private void renewAnnual(LocalDate due) {
            Instant at = chance(random, 0.15)
                    ? hours.during(due.plusDays(1 + random.nextInt(20)), 10, 18)
                    : hours.during(due.minusDays(3 + random.nextInt(23)), 10, 18);
            double draw = random.nextDouble();
            long renewed = draw < 0.5
                    ? mrr
                    : draw < 0.85 ? round(mrr * between(random, 1.05, 1.3)) : round(mrr * between(random, 0.7, 0.9));
            decide(due, at, chance(random, ANNUAL_LOSS) ? 0 : Math.max(10_000, renewed));
        }

        /** A renewal decided at that moment, if it has come: renewed at the MRR, or lost (0) with a churn reason. */
        private void decide(LocalDate due, Instant at, long renewed) {
            if (at.isAfter(now)) {
                return;
            }
            if (renewed == 0) {
                DealTexts.Close why = DealTexts.churned(random);
                renewals.add(new PlannedRenewal(
                        RenewalOutcome.LOST, due, contract.term(), 0, why.reason(), why.comment(), at, success));
                contract = new PlannedContract(
                        contract.startedOn(),
                        contract.term(),
                        contract.renewalOn(),
                        ContractStatus.CHURNED,
                        why.reason(),
                        why.comment(),
                        due,
                        contract.deal(),
                        at,
                        success);
                mrr = 0;
                churnLeads(at);
                return;
            }
            renewals.add(
                    new PlannedRenewal(RenewalOutcome.RENEWED, due, contract.term(), renewed, null, null, at, success));
            contract = new PlannedContract(
                    contract.startedOn(),
                    contract.term(),
                    due.plusMonths(contract.term().months()),
                    ContractStatus.ACTIVE,
                    null,
                    null,
                    null,
                    contract.deal(),
                    at,
                    success);
            mrr = renewed;
        }

        /** Customer Success sells more, decided in the weeks before the day it starts; about two in three are won. */
        private void expand(LocalDate day) {
            Instant close = hours.during(day.minusDays(3 + random.nextInt(13)), 10, 18);
            long added = Math.min(400_000, Math.max(10_000, round(mrr * between(random, 0.3, 0.8))));
            PlannedDeal deal = cycle.expansion(
                    company, companies.get(company), success, added, contract.term(), close, chance(random, 0.65));
            deals.add(deal);
            if (deal.won()) {
                level(deal.contractStart(), mrr + added, MrrSource.DEAL, deals.size() - 1, deal.closedAt(), success);
            }
        }

        /** Meets the customer in the month before the day, most months when the account is looked after well. */
        private void checkIn(LocalDate day) {
            if (!chance(random, engaged ? 0.75 : 0.25)) {
                return;
            }
            Instant at = hours.during(day.minusDays(2 + random.nextInt(26)), 10, 18);
            if (!at.isAfter(now)) {
                ActivityKind kind = random.nextBoolean() ? ActivityKind.MEETING : ActivityKind.CALL;
                checkIns.add(new CheckIn(
                        company,
                        new FunnelJourney.Touch(
                                kind,
                                DealTexts.checkIn(random),
                                "活用状況と課題を確認。",
                                at,
                                success,
                                Department.CUSTOMER_SUCCESS)));
            }
        }

        /** The account's leads that are customers by then churn with it, marked so when the contract is lost. */
        private void churnLeads(Instant at) {
            for (int i = 0; i < leads.size(); i++) {
                PlannedLead lead = leads.get(i);
                boolean customer = lead.company() == company
                        && lead.entered(LifecycleStage.CUSTOMER)
                                .filter(won -> won.isBefore(at))
                                .isPresent();
                if (customer && !churned.containsKey(i)) {
                    churned.put(i, new Churn(at, success));
                }
            }
        }

        private void level(LocalDate on, long value, MrrSource source, Integer deal, Instant at, long by) {
            levels.add(new PlannedLevel(on, value, source, deal, at, by));
            mrr = value;
        }
    }

    /** Whole ¥10,000. */
    private static long round(double yen) {
        return Math.round(yen / 10_000) * 10_000;
    }
}
