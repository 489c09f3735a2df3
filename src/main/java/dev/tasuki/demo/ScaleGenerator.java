package dev.tasuki.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAdministration;
import dev.tasuki.platform.HistoryWritten;
import dev.tasuki.platform.OrganisationClock;

/**
 * Writes N leads of synthetic history into an empty database, for benchmarks at scale: per lead about four stage
 * entries, ten activities, half a handoff, and for about one lead in seven a deal; MRR levels and movements for the won
 * ones. Straight into the tables in JDBC batches (no timeline, no scoring, no events: this is a dataset, not a user's
 * work), a chunk of leads per transaction so memory stays flat; then {@link HistoryWritten} once, so the read models
 * rebuild. Deterministic for a seed. The leads spread evenly over the given months that end now.
 */
@Service
public class ScaleGenerator {

    public record Plan(int leads, int months, long seed) {}

    public record Written(
            long leads,
            long stageEntries,
            long handoffs,
            long activities,
            long deals,
            long mrrMovements,
            Duration took) {}

    private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);
    private static final int CHUNK = 5_000;
    private static final String[] SOURCES = {
        "EXHIBITION", "WEBINAR", "SEMINAR", "INQUIRY", "CONTENT_DOWNLOAD", "ADVERTISING", "REFERRAL", "OUTBOUND"
    };
    private static final String[] SEGMENTS = {"SMB", "MID_MARKET", "ENTERPRISE"};
    private static final String[] KINDS = {"CALL", "EMAIL", "MEETING", "NOTE", "TASK"};
    private static final String[] REJECTIONS = {"NO_BUDGET", "TOO_EARLY", "UNREACHABLE", "NOT_TARGET"};
    private static final String[] LOSSES = {"PRICE", "MISSING_FEATURE", "COMPETITOR", "TIMING"};
    private static final String[] OPEN_STAGES = {"FIRST_MEETING", "DISCOVERY", "PROPOSAL", "QUOTE", "NEGOTIATION"};
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;
    private static final long STALLED = 182 * DAY;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final UserAdministration administration;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;

    ScaleGenerator(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            UserAdministration administration,
            ApplicationEventPublisher events,
            OrganisationClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.administration = administration;
        this.events = events;
        this.clock = clock;
    }

    /** The users the generator signs its rows with; password {@code password}. The first is an admin. */
    public static List<String> emails() {
        List<String> emails = new ArrayList<>(List.of("scale-admin@scale.example"));
        for (Department department : Department.values()) {
            emails.add("scale-" + department.name().toLowerCase() + "@scale.example");
        }
        return emails;
    }

    public Written generate(Plan plan, String password) {
        long started = System.nanoTime();
        Map<Department, Long> users = users(password);
        Instant end = clock.now();
        Instant start = end.minus(Duration.ofDays(Math.round(plan.months() * 30.44)));
        Ids ids = new Ids();
        long campaigns = Math.max(1, plan.months() * 2L);
        transactions.executeWithoutResult(
                status -> writeCampaigns(campaigns, start, end, ids, new Random(plan.seed())));
        Random random = new Random(plan.seed());
        Counts counts = new Counts();
        for (int from = 0; from < plan.leads(); from += CHUNK) {
            int size = Math.min(CHUNK, plan.leads() - from);
            Chunk chunk = new Chunk(ids);
            for (int i = 0; i < size; i++) {
                lead(chunk, ids, random, users, campaigns, start, end);
            }
            transactions.executeWithoutResult(status -> chunk.write(jdbc));
            ids.account += Chunk.ACCOUNTS;
            counts.add(chunk);
            if ((from / CHUNK) % 20 == 0) {
                log.info("Scale history: {} of {} leads written", from + size, plan.leads());
            }
        }
        transactions.executeWithoutResult(status -> {
            restartIdentities(ids);
            events.publishEvent(new HistoryWritten("scale generator"));
        });
        Written written = new Written(
                counts.leads,
                counts.entries,
                counts.handoffs,
                counts.activities,
                counts.deals,
                counts.movements,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("Scale history written: {}", written);
        return written;
    }

    private Map<Department, Long> users(String password) {
        Map<Department, Long> users = new HashMap<>();
        List<String> emails = emails();
        administration.create(new NewUser(emails.get(0), "規模", "管理者", null, Role.ADMIN, password));
        Department[] departments = Department.values();
        for (int i = 0; i < departments.length; i++) {
            users.put(
                    departments[i],
                    administration
                            .create(new NewUser(
                                    emails.get(i + 1), "規模", "担当" + (i + 1), departments[i], Role.MANAGER, password))
                            .id());
        }
        return users;
    }

    private void writeCampaigns(long campaigns, Instant start, Instant end, Ids ids, Random random) {
        ZoneId zone = clock.zone();
        long span = end.getEpochSecond() - start.getEpochSecond();
        List<Object[]> rows = new ArrayList<>();
        for (long c = 1; c <= campaigns; c++) {
            Instant at = Instant.ofEpochSecond(start.getEpochSecond() + span * (c - 1) / campaigns);
            LocalDate startsOn = at.atZone(zone).toLocalDate();
            rows.add(new Object[] {
                ids.campaign + c,
                "規模キャンペーン " + c,
                SOURCES[(int) (c % SOURCES.length)],
                startsOn,
                startsOn.plusDays(14),
                500_000L + random.nextInt(20) * 100_000L,
                Timestamp.from(at)
            });
        }
        jdbc.batchUpdate(
                "insert into campaign (id, name, channel, starts_on, ends_on, cost, created_at) values (?, ?, ?,"
                        + " ?, ?, ?, ?)",
                rows);
    }

    /** One lead's way: LEAD; 45 % MQL; of those 75 % accepted (SAL), 50 % SQL, 80 % accepted (deal), 25 % won. */
    private void lead(
            Chunk chunk,
            Ids ids,
            Random random,
            Map<Department, Long> users,
            long campaigns,
            Instant start,
            Instant end) {
        long now = end.getEpochSecond();
        long created = start.getEpochSecond() + (long) (random.nextDouble() * (now - start.getEpochSecond()));
        long lead = ++ids.lead;
        // accounts are a chunk's own, five leads to an account on average
        long account = chunk.accountBase + 1 + random.nextInt(Chunk.ACCOUNTS);
        String source = SOURCES[random.nextInt(SOURCES.length)];
        Long campaign = random.nextInt(10) < 6 ? ids.campaign + 1 + random.nextInt((int) campaigns) : null;
        Path path = new Path(chunk, ids, lead, account, now);
        path.enter("LEAD", created, users.get(Department.MARKETING));
        activities(chunk, ids, random, lead, account, created, now, users);
        long t = created;
        if (random.nextInt(100) < 45) {
            t += random.nextInt((int) (10 * DAY));
            if (path.enter("MQL", t, users.get(Department.MARKETING))) {
                long answer = t + HOUR / 2 + random.nextInt((int) (40 * HOUR));
                chunk.activity(
                        ++ids.activity,
                        lead,
                        account,
                        "CALL",
                        t + 300 + random.nextInt((int) (6 * HOUR)),
                        users.get(Department.INSIDE_SALES),
                        "INSIDE_SALES",
                        now);
                boolean accepted = random.nextInt(100) < 75;
                path.handoff(
                        "MKT_IS",
                        t,
                        24,
                        accepted,
                        answer,
                        users,
                        accepted ? null : REJECTIONS[random.nextInt(REJECTIONS.length)]);
                if (!accepted) {
                    path.enter("RECYCLED", answer, users.get(Department.INSIDE_SALES));
                } else if (path.enter("SAL", answer, users.get(Department.INSIDE_SALES)) && random.nextBoolean()) {
                    t = answer + DAY + random.nextInt((int) (20 * DAY));
                    if (path.enter("SQL", t, users.get(Department.INSIDE_SALES))) {
                        long fsAnswer = t + HOUR + random.nextInt((int) (72 * HOUR));
                        boolean fsAccepted = random.nextInt(100) < 80;
                        long handoff = path.handoff(
                                "IS_FS", t, 48, fsAccepted, fsAnswer, users, fsAccepted ? null : "TOO_EARLY");
                        if (!fsAccepted) {
                            path.enter("RECYCLED", fsAnswer, users.get(Department.FIELD_SALES));
                        } else if (path.enter("OPPORTUNITY", fsAnswer, users.get(Department.FIELD_SALES))) {
                            deal(path, random, users, handoff, fsAnswer, now);
                        }
                    }
                }
            }
        } else if (random.nextInt(100) < 30) {
            path.enter(
                    "RECYCLED", created + 10 * DAY + random.nextInt((int) (50 * DAY)), users.get(Department.MARKETING));
        }
        chunk.lead(
                lead,
                account,
                created,
                source,
                campaign,
                SEGMENTS[random.nextInt(SEGMENTS.length)],
                users.get(Department.MARKETING),
                path.stage,
                path.stageAt);
    }

    private void deal(Path path, Random random, Map<Department, Long> users, long handoff, long opened, long now) {
        Chunk chunk = path.chunk;
        long deal = ++path.ids.deal;
        long monthly = 50_000L + random.nextInt(75) * 10_000L;
        long closes = opened + 30 * DAY + random.nextInt((int) (90 * DAY));
        int outcome = random.nextInt(100);
        if (outcome >= 80) {
            // a stalled deal stays open for half a year, then is lost: a real pipeline does not grow with its history
            closes = opened + STALLED;
        }
        long fieldSales = users.get(Department.FIELD_SALES);
        if (closes > now) {
            String stage = OPEN_STAGES[random.nextInt(OPEN_STAGES.length)];
            chunk.deal(
                    deal,
                    path.account,
                    path.lead,
                    handoff,
                    monthly * 12,
                    monthly,
                    stage,
                    "OPEN",
                    null,
                    null,
                    opened,
                    fieldSales,
                    LocalDate.ofEpochDay(Math.max(closes, now) / DAY));
            chunk.dealEntry(++path.ids.dealEntry, deal, path.account, null, "FIRST_MEETING", opened, fieldSales);
            return;
        }
        boolean won = outcome < 25;
        chunk.deal(
                deal,
                path.account,
                path.lead,
                handoff,
                monthly * 12,
                monthly,
                won ? "WON" : "LOST",
                won ? "WON" : "LOST",
                closes,
                won ? "FIT" : LOSSES[random.nextInt(LOSSES.length)],
                opened,
                fieldSales,
                LocalDate.ofEpochDay(closes / DAY));
        chunk.dealEntry(++path.ids.dealEntry, deal, path.account, null, "FIRST_MEETING", opened, fieldSales);
        chunk.dealEntry(
                ++path.ids.dealEntry, deal, path.account, "FIRST_MEETING", won ? "WON" : "LOST", closes, fieldSales);
        if (!won) {
            path.enter("LOST", closes, fieldSales);
            return;
        }
        path.enter("CUSTOMER", closes, fieldSales);
        path.handoff("FS_CS", closes, 72, true, closes + 4 * HOUR + random.nextInt((int) (48 * HOUR)), users, null);
        chunk.mrr(path.account, LocalDate.ofEpochDay(closes / DAY), monthly, random, now);
    }

    private void activities(
            Chunk chunk,
            Ids ids,
            Random random,
            long lead,
            long account,
            long created,
            long now,
            Map<Department, Long> users) {
        Department[] departments = Department.values();
        int count = random.nextInt(19);
        for (int i = 0; i < count; i++) {
            Department department = departments[random.nextInt(departments.length)];
            chunk.activity(
                    ++ids.activity,
                    lead,
                    account,
                    KINDS[random.nextInt(KINDS.length)],
                    created + random.nextInt((int) (180 * DAY)),
                    users.get(department),
                    department.name(),
                    now);
        }
    }

    private void restartIdentities(Ids ids) {
        boolean postgres = jdbc.execute(
                        (java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase()
                .contains("postgres");
        for (String table : List.of(
                "campaign",
                "lead",
                "account",
                "stage_entry",
                "handoff",
                "activity",
                "deal",
                "deal_stage_entry",
                "mrr_level",
                "mrr_movement")) {
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            long next = (max == null ? 0 : max) + 1;
            jdbc.execute(
                    postgres
                            ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                            : "alter table " + table + " alter column id restart with " + next);
        }
    }

    /** The next free id of each table, so that rows can refer to each other before they are written. */
    private final class Ids {
        long campaign = max("campaign");
        long lead = max("lead");
        long account = max("account");
        long entry = max("stage_entry");
        long handoff = max("handoff");
        long activity = max("activity");
        long deal = max("deal");
        long dealEntry = max("deal_stage_entry");
        long level = max("mrr_level");
        long movement = max("mrr_movement");

        private long max(String table) {
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            return max == null ? 0 : max;
        }
    }

    /** A lead's stage entries as they are made, cut off at now. */
    private static final class Path {
        final Chunk chunk;
        final Ids ids;
        final long lead;
        final long account;
        final long now;
        String stage;
        long stageAt;

        Path(Chunk chunk, Ids ids, long lead, long account, long now) {
            this.chunk = chunk;
            this.ids = ids;
            this.lead = lead;
            this.account = account;
            this.now = now;
        }

        boolean enter(String to, long at, long by) {
            if (at > now) {
                return false;
            }
            chunk.entry(++ids.entry, lead, account, stage, to, at, by);
            stage = to;
            stageAt = at;
            return true;
        }

        long handoff(
                String kind,
                long sent,
                int slaHours,
                boolean accepted,
                long answered,
                Map<Department, Long> users,
                String reason) {
            long id = ++ids.handoff;
            boolean pending = answered > now;
            chunk.handoff(
                    id,
                    lead,
                    account,
                    kind,
                    sent,
                    sent + slaHours * HOUR,
                    pending ? "PENDING" : accepted ? "ACCEPTED" : "REJECTED",
                    pending ? null : answered,
                    pending ? null : reason,
                    users);
            return id;
        }
    }

    /** The rows of one chunk of leads, written in one transaction. */
    private final class Chunk {
        final List<Object[]> leads = new ArrayList<>();
        final List<Object[]> accounts = new ArrayList<>();
        final List<Object[]> entries = new ArrayList<>();
        final List<Object[]> handoffs = new ArrayList<>();
        final List<Object[]> activities = new ArrayList<>();
        final List<Object[]> deals = new ArrayList<>();
        final List<Object[]> dealEntries = new ArrayList<>();
        final List<Object[]> levels = new ArrayList<>();
        final List<Object[]> movements = new ArrayList<>();
        final Set<Long> accountSeen = new HashSet<>();
        final Set<Long> accountMrr = new HashSet<>();
        final Ids ids;
        final long accountBase;

        static final int ACCOUNTS = CHUNK / 5;

        Chunk(Ids ids) {
            this.ids = ids;
            this.accountBase = ids.account;
        }

        void lead(
                long id,
                long account,
                long created,
                String source,
                Long campaign,
                String segment,
                long owner,
                String stage,
                long stageAt) {
            if (accountSeen.add(account)) {
                accounts.add(new Object[] {account, "規模商事" + account, "規模商事" + account, segment, owner, ts(created)});
            }
            leads.add(new Object[] {
                id,
                account,
                "規模",
                "リード" + id,
                source,
                campaign,
                segment,
                stage,
                ts(stageAt),
                owner,
                ts(created),
                ts(stageAt)
            });
        }

        void entry(long id, long lead, long account, String from, String to, long at, long by) {
            entries.add(new Object[] {id, lead, account, from, to, ts(at), by, from == null ? "CREATE" : "IMPORT"});
        }

        void handoff(
                long id,
                long lead,
                long account,
                String kind,
                long sent,
                long due,
                String status,
                Long answered,
                String reason,
                Map<Department, Long> users) {
            Department from = Department.valueOf(
                    switch (kind) {
                        case "MKT_IS" -> "MARKETING";
                        case "IS_FS" -> "INSIDE_SALES";
                        default -> "FIELD_SALES";
                    });
            Department to = Department.values()[from.ordinal() + 1];
            handoffs.add(new Object[] {
                id,
                lead,
                account,
                kind,
                status,
                from.name(),
                to.name(),
                users.get(from),
                ts(sent),
                ts(due),
                "引き継ぎ",
                answered == null ? null : users.get(to),
                answered == null ? null : ts(answered),
                reason
            });
        }

        void activity(long id, long lead, long account, String kind, long at, long by, String department, long now) {
            long when = Math.min(at, now);
            activities.add(new Object[] {id, account, lead, kind, "規模活動", ts(when), by, department, ts(when)});
        }

        void deal(
                long id,
                long account,
                long lead,
                long handoff,
                long amount,
                long mrr,
                String stage,
                String status,
                Long closed,
                String reason,
                long opened,
                long owner,
                LocalDate expected) {
            deals.add(new Object[] {
                id,
                account,
                lead,
                handoff,
                "規模商談" + id,
                amount,
                mrr,
                expected,
                owner,
                stage,
                ts(closed == null ? opened : closed),
                status,
                closed == null ? null : ts(closed),
                reason,
                "WON".equals(status) ? expected : null,
                ts(opened),
                ts(closed == null ? opened : closed)
            });
        }

        void dealEntry(long id, long deal, long account, String from, String to, long at, long by) {
            dealEntries.add(new Object[] {id, deal, account, from, to, ts(at), by});
        }

        /** NEW from the win; a third expand within a year, one in eight churn. Only the first win of an account. */
        void mrr(long account, LocalDate start, long monthly, Random random, long now) {
            if (!accountMrr.add(account)) {
                return;
            }
            LocalDate today = LocalDate.ofEpochDay(now / DAY);
            long level = monthly;
            levels.add(new Object[] {++ids.level, account, start, level, ts(now)});
            movements.add(new Object[] {++ids.movement, account, start, "NEW", level, 0L, level});
            LocalDate at = start.plusDays(60 + random.nextInt(240));
            if (random.nextInt(3) == 0 && at.isBefore(today)) {
                long next = level + 10_000L * (1 + random.nextInt(20));
                levels.add(new Object[] {++ids.level, account, at, next, ts(now)});
                movements.add(new Object[] {++ids.movement, account, at, "EXPANSION", next - level, level, next});
                level = next;
            }
            at = at.plusDays(30 + random.nextInt(300));
            if (random.nextInt(8) == 0 && at.isBefore(today)) {
                levels.add(new Object[] {++ids.level, account, at, 0L, ts(now)});
                movements.add(new Object[] {++ids.movement, account, at, "CHURN", -level, level, 0L});
            }
        }

        void write(JdbcTemplate jdbc) {
            jdbc.batchUpdate(
                    "insert into account (id, name, name_key, segment, owner_id, created_by, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    accounts.stream()
                            .map(a -> new Object[] {a[0], a[1], a[2], a[3], a[4], a[4], a[5], a[5]})
                            .toList());
            jdbc.batchUpdate(
                    "insert into lead (id, account_id, family_name, given_name, source, campaign_id, segment, stage,"
                            + " stage_entered_at, owner_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?)",
                    leads);
            jdbc.batchUpdate(
                    "insert into stage_entry (id, lead_id, account_id, from_stage, to_stage, entered_at,"
                            + " by_user_id, via)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    entries);
            jdbc.batchUpdate(
                    "insert into handoff (id, lead_id, account_id, kind, status, from_department, to_department,"
                            + " sent_by, created_at, due_at, note, responded_by, responded_at, reason_code)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    handoffs);
            jdbc.batchUpdate(
                    "insert into activity (id, account_id, lead_id, kind, subject, occurred_at, by_user_id,"
                            + " by_department, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    activities);
            jdbc.batchUpdate(
                    "insert into deal (id, account_id, lead_id, handoff_id, name, type, amount, mrr, term,"
                            + " expected_close_on, owner_id, department, stage, stage_entered_at, status,"
                            + " closed_at, close_reason,"
                            + " contract_start, created_at, updated_at) values (?, ?, ?, ?, ?, 'NEW', ?, ?,"
                            + " 'ANNUAL', ?, ?,"
                            + " 'FIELD_SALES', ?, ?, ?, ?, ?, ?, ?, ?)",
                    deals);
            jdbc.batchUpdate(
                    "insert into deal_stage_entry (id, deal_id, account_id, from_stage, to_stage, entered_at,"
                            + " by_user_id) values (?, ?, ?, ?, ?, ?, ?)",
                    dealEntries);
            jdbc.batchUpdate(
                    "insert into mrr_level (id, account_id, effective_on, mrr, source, recorded_at)"
                            + " values (?, ?, ?, ?, 'IMPORT', ?)",
                    levels);
            jdbc.batchUpdate(
                    "insert into mrr_movement (id, account_id, movement_on, kind, amount, mrr_before, mrr_after)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    movements);
        }
    }

    private static Timestamp ts(long epochSecond) {
        return Timestamp.from(Instant.ofEpochSecond(epochSecond));
    }

    private static final class Counts {
        long leads;
        long entries;
        long handoffs;
        long activities;
        long deals;
        long movements;

        void add(Chunk chunk) {
            leads += chunk.leads.size();
            entries += chunk.entries.size();
            handoffs += chunk.handoffs.size();
            activities += chunk.activities.size();
            deals += chunk.deals.size();
            movements += chunk.movements.size();
        }
    }
}
