package dev.tasuki.healthcheck.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.platform.OrganisationClock;

/**
 * Evidence from the one customer record (read-only SQL over customer's and relay's tables): new leads with their
 * activities recorded (DATA-1), handoffs with their full context and accounts worked by several departments (DATA-2),
 * leads attached to their account (TOOL-3), and departments logging their work (COMM-3).
 */
@Component
class RecordEvidence implements EvidenceSource {

    static final Duration WINDOW = Duration.ofDays(90);
    static final Duration YEAR = Duration.ofDays(365);
    static final Duration MONTH = Duration.ofDays(30);

    /** DATA-2: handoffs with their full context, ○ and △ … */
    private static final int CONTEXT_GOOD = 90;

    private static final int CONTEXT_PARTIAL = 70;

    /** … and accounts worked by several departments, ○ and △; the worse of the two is the suggestion. */
    private static final int SHARED_ACCOUNTS_GOOD = 50;

    private static final int SHARED_ACCOUNTS_PARTIAL = 25;

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    RecordEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("DATA-1", "DATA-2", "TOOL-3", "COMM-3");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "DATA-1" -> leadsWithActivities();
            case "DATA-2" -> dataAcrossDepartments();
            case "TOOL-3" -> leadsOnTheirAccount();
            case "COMM-3" -> departmentsLogging();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** Leads created in the last 90 days with at least one activity recorded on them: ○ 80 %, △ 50 %. */
    private Evidence leadsWithActivities() {
        Instant now = clock.now();
        Share recorded = jdbc.sql("""
                select count(*) as whole,
                       sum(case when exists (select 1 from activity a where a.lead_id = l.id) then 1 else 0 end) as part
                  from lead l where l.created_at >= :from and l.created_at < :now
                """)
                .param("from", utc(now.minus(WINDOW)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return recorded.evidence(
                "DATA-1", 80, 50, new Figure("healthcheck.figure.leadsWithActivities", recorded.shown()));
    }

    /**
     * Two shares, the worse one decides: handoffs sent in the last 90 days with their full context (a note; for IS→FS
     * also all four of BANT and the appointment), ○ 90 %, △ 70 %; and accounts with activities whose activities come
     * from two or more departments, ○ 50 %, △ 25 %.
     */
    private Evidence dataAcrossDepartments() {
        Instant now = clock.now();
        Share context = jdbc.sql("""
                select count(*) as whole,
                       sum(case when trim(note) <> ''
                                 and (kind <> 'IS_FS' or (trim(coalesce(budget, '')) <> '' and
                                     trim(coalesce(authority, '')) <> ''
                                      and trim(coalesce(need, '')) <> '' and trim(coalesce(timing, '')) <> '' and
                                          appointment_at is not null))
                                then 1 else 0 end) as part
                  from handoff where created_at >= :from and created_at < :now
                """)
                .param("from", utc(now.minus(WINDOW)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        Share shared = jdbc.sql("""
                select count(*) as whole, sum(case when departments >= 2 then 1 else 0 end) as part
                  from (select account_id, count(distinct by_department) as departments from activity
                         where account_id is not null and by_department is not null group by account_id) worked
                """).query(Share::read).single();
        Rating rating = Share.worse(
                context.rate(CONTEXT_GOOD, CONTEXT_PARTIAL),
                shared.rate(SHARED_ACCOUNTS_GOOD, SHARED_ACCOUNTS_PARTIAL));
        return Evidence.of(
                "DATA-2",
                rating,
                List.of(
                        new Figure("healthcheck.figure.fullContext", context.shown()),
                        new Figure("healthcheck.figure.accountsSeveralDepartments", shared.shown())),
                "healthcheck.rule.DATA-2",
                CONTEXT_GOOD,
                CONTEXT_PARTIAL,
                SHARED_ACCOUNTS_GOOD,
                SHARED_ACCOUNTS_PARTIAL);
    }

    /** Leads created in the last 365 days that are attached to their account: ○ 80 %, △ 50 %. */
    private Evidence leadsOnTheirAccount() {
        Instant now = clock.now();
        Share attached = jdbc.sql("""
                select count(*) as whole, count(account_id) as part from lead where created_at >= :from and
                    created_at < :now
                """)
                .param("from", utc(now.minus(YEAR)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return attached.evidence("TOOL-3", 80, 50, new Figure("healthcheck.figure.leadsOnAccount", attached.shown()));
    }

    /**
     * Departments that logged an activity (call, email, meeting, note, task) in the last 30 days: ○ all 4, △ 2 or 3, ×
     * fewer.
     */
    private Evidence departmentsLogging() {
        Instant now = clock.now();
        long logging = jdbc.sql("""
                select count(distinct by_department) from activity
                 where by_department is not null and occurred_at >= :from and occurred_at < :now
                """)
                .param("from", utc(now.minus(MONTH)))
                .param("now", utc(now))
                .query(Long.class)
                .single();
        Rating rating = logging >= 4 ? Rating.GOOD : logging >= 2 ? Rating.PARTIAL : Rating.POOR;
        return Evidence.of(
                "COMM-3",
                rating,
                List.of(new Figure("healthcheck.figure.departmentsLogging", logging + " / 4")),
                "healthcheck.rule.COMM-3");
    }
}
