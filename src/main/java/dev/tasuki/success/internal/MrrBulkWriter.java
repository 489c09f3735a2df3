package dev.tasuki.success.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.CustomerImport;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.BatchInsert;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.success.MrrMovement;
import dev.tasuki.success.MrrSource;
import dev.tasuki.success.PastMrrHistory;
import dev.tasuki.success.RenewalOutcome;
import dev.tasuki.success.internal.MovementDerivation.Level;

/**
 * Batch writes of past MRR histories. Per account: the renewal decisions (few, one by one, as their ids are the refs of
 * their levels), then the levels of every day (of two for one day, the later recorded one stands, as when people set
 * them), the movements derived once from them, the lock row and the contract; the timeline entries of all accounts in
 * one batch.
 */
@Component
public class MrrBulkWriter {

    /** The level that stands on a day, and who set it when; renewal is the decision's index for a renewal's level. */
    private record DayLevel(
            LocalDate on, long mrr, MrrSource source, Long refId, Integer renewal, Instant at, Long by) {}

    private final JdbcTemplate jdbc;
    private final RenewalDecisions decisions;
    private final ChurnReasons reasons;
    private final CustomerImport customerImport;
    private final UserDirectory directory;
    private final OrganisationClock clock;

    MrrBulkWriter(
            JdbcTemplate jdbc,
            RenewalDecisions decisions,
            ChurnReasons reasons,
            CustomerImport customerImport,
            UserDirectory directory,
            OrganisationClock clock) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.reasons = reasons;
        this.customerImport = customerImport;
        this.directory = directory;
        this.clock = clock;
    }

    public void write(List<PastMrrHistory> histories) {
        Map<String, String> reasonLabels = new HashMap<>();
        reasons.all().forEach(reason -> reasonLabels.put(reason.code(), reason.labelJa()));
        Map<Long, Department> departments = new HashMap<>();
        directory.all().forEach(user -> departments.put(user.id(), user.department()));
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        List<Object[]> movements = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<TimelineEntry.Draft> timeline = new ArrayList<>();
        Instant now = clock.now();
        for (PastMrrHistory history : histories) {
            long account = history.accountId();
            TreeMap<LocalDate, DayLevel> days = days(history);
            List<Long> decisionIds = new ArrayList<>();
            for (PastMrrHistory.Renewal renewal : history.renewals()) {
                decisionIds.add(decide(account, renewal, days, reasonLabels, departments, timeline));
            }
            accounts.add(new Object[] {account, utc(now)});
            for (DayLevel level : days.values()) {
                Long ref = level.renewal() == null ? level.refId() : decisionIds.get(level.renewal());
                levels.add(new Object[] {
                    account, level.on(), level.mrr(), level.source().name(), ref, utc(level.at()), level.by()
                });
            }
            for (MrrMovement movement : MovementDerivation.of(
                    account,
                    days.values().stream().map(d -> new Level(d.on(), d.mrr())).toList())) {
                movements.add(new Object[] {
                    account,
                    movement.movementOn(),
                    movement.kind().name(),
                    movement.amount(),
                    movement.mrrBefore(),
                    movement.mrrAfter()
                });
                DayLevel cause = days.get(movement.movementOn());
                timeline.add(SuccessTimeline.movement(movement, cause.at(), cause.by(), departments.get(cause.by())));
            }
            PastMrrHistory.ContractState contract = history.contract();
            if (contract != null) {
                checkReason(contract.churnReason(), reasonLabels);
                contracts.add(new Object[] {
                    account,
                    contract.startedOn(),
                    contract.term().name(),
                    contract.renewalOn(),
                    contract.status().name(),
                    contract.churnReason(),
                    contract.churnComment(),
                    contract.churnedOn(),
                    contract.dealId(),
                    utc(contract.updatedAt()),
                    contract.updatedBy(),
                    history.renewals().size()
                });
            }
        }
        BatchInsert.rows(jdbc, "mrr_account", "account_id, recomputed_at", accounts);
        BatchInsert.rows(
                jdbc, "mrr_level", "account_id, effective_on, mrr, source, ref_id, recorded_at, recorded_by", levels);
        BatchInsert.rows(
                jdbc, "mrr_movement", "account_id, movement_on, kind, amount, mrr_before, mrr_after", movements);
        BatchInsert.rows(
                jdbc,
                "customer_contract",
                "account_id, started_on, term, renewal_on, status, churn_reason,"
                        + " churn_comment, churned_on, deal_id, updated_at, updated_by, version",
                contracts);
        customerImport.recordTimeline(timeline);
    }

    /** The level standing on each day: the levels and the renewals' levels, the later recorded one winning a day. */
    private static TreeMap<LocalDate, DayLevel> days(PastMrrHistory history) {
        List<DayLevel> all = new ArrayList<>();
        for (PastMrrHistory.Level level : history.levels()) {
            all.add(new DayLevel(
                    level.on(),
                    level.mrr(),
                    level.source(),
                    level.refId(),
                    null,
                    level.recordedAt(),
                    level.recordedBy()));
        }
        for (int i = 0; i < history.renewals().size(); i++) {
            PastMrrHistory.Renewal renewal = history.renewals().get(i);
            long mrr = renewal.outcome() == RenewalOutcome.LOST ? 0 : renewal.mrr();
            all.add(new DayLevel(
                    renewal.renewalOn(), mrr, MrrSource.RENEWAL, null, i, renewal.decidedAt(), renewal.decidedBy()));
        }
        TreeMap<LocalDate, DayLevel> days = new TreeMap<>();
        all.stream().sorted(Comparator.comparing(DayLevel::at)).forEach(level -> {
            if (level.mrr() < 0) {
                throw new IllegalArgumentException("MRR below 0: " + level);
            }
            days.put(level.on(), level);
        });
        return days;
    }

    /** Records the decision as it was made, against the MRR standing the day before its renewal day; returns its id. */
    private long decide(
            long account,
            PastMrrHistory.Renewal renewal,
            TreeMap<LocalDate, DayLevel> days,
            Map<String, String> reasonLabels,
            Map<Long, Department> departments,
            List<TimelineEntry.Draft> timeline) {
        Map.Entry<LocalDate, DayLevel> standing =
                days.floorEntry(renewal.renewalOn().minusDays(1));
        long before = standing == null ? 0 : standing.getValue().mrr();
        boolean lost = renewal.outcome() == RenewalOutcome.LOST;
        long after = lost ? 0 : renewal.mrr();
        if (lost && renewal.reasonCode() == null) {
            throw new IllegalArgumentException("a lost renewal has a churn reason: " + renewal);
        }
        checkReason(renewal.reasonCode(), reasonLabels);
        long id = decisions.insert(
                account,
                renewal.outcome(),
                renewal.renewalOn(),
                renewal.term(),
                before,
                after,
                lost ? renewal.reasonCode() : null,
                lost ? renewal.comment() : null,
                renewal.decidedBy(),
                renewal.decidedAt());
        Department department = departments.get(renewal.decidedBy());
        timeline.add(
                lost
                        ? SuccessTimeline.lost(
                                account,
                                renewal.renewalOn(),
                                reasonLabels.get(renewal.reasonCode()),
                                renewal.comment(),
                                renewal.decidedAt(),
                                renewal.decidedBy(),
                                department,
                                id)
                        : SuccessTimeline.renewed(
                                account,
                                renewal.renewalOn(),
                                after,
                                renewal.renewalOn().plusMonths(renewal.term().months()),
                                renewal.decidedAt(),
                                renewal.decidedBy(),
                                department,
                                id));
        return id;
    }

    private static void checkReason(String code, Map<String, String> reasonLabels) {
        if (code != null && !reasonLabels.containsKey(code)) {
            throw new IllegalArgumentException("no such churn reason: " + code);
        }
    }
}
