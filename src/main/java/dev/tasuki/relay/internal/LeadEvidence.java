package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.CustomerRelations;
import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.EvidenceSource;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.OrganisationClock;

/**
 * The health check's evidence from the leads: new leads with their activities recorded (DATA-1, over the customer
 * module's published activities) and leads attached to their account (TOOL-3); and, for the deal module's ORG-2, the
 * leads past Marketing's leg that have an owner.
 */
@Component
public class LeadEvidence implements EvidenceSource {

    static final Duration WINDOW = Duration.ofDays(90);
    static final Duration YEAR = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final OrganisationClock clock;

    LeadEvidence(JdbcClient jdbc, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("DATA-1", "TOOL-3");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "DATA-1" -> leadsWithActivities();
            case "TOOL-3" -> leadsOnTheirAccount();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** Leads past Marketing's leg (SAL, SQL, OPPORTUNITY), the part of them that have an owner. */
    public Share ownedPastMarketing() {
        return jdbc.sql("""
                select count(*) as whole, count(owner_id) as part from lead where stage in ('SAL', 'SQL', 'OPPORTUNITY')
                """).query(Share::read).single();
    }

    /** Leads created in the last 90 days with at least one activity recorded on them: ○ 80 %, △ 50 %. */
    private Evidence leadsWithActivities() {
        Share recorded = since(
                WINDOW,
                "select count(*) as whole, sum(case when exists (select 1 from "
                        + CustomerRelations.activities()
                        + " a where a.lead_id = l.id) then 1 else 0 end) as part"
                        + " from lead l where l.created_at >= :from and l.created_at < :now");
        return Evidence.ofShare("DATA-1", "healthcheck.figure.leadsWithActivities", recorded, 80, 50);
    }

    /** Leads created in the last 365 days that are attached to their account: ○ 80 %, △ 50 %. */
    private Evidence leadsOnTheirAccount() {
        Share attached = since(YEAR, """
                select count(*) as whole, count(account_id) as part from lead where created_at >= :from and
                    created_at < :now
                """);
        return Evidence.ofShare("TOOL-3", "healthcheck.figure.leadsOnAccount", attached, 80, 50);
    }

    /** The share a query counts over the rows from the time that long ago (:from) up to now (:now). */
    private Share since(Duration ago, String sql) {
        Instant now = clock.now();
        return jdbc.sql(sql)
                .param("from", utc(now.minus(ago)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
    }
}
