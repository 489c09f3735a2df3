package dev.tasuki.deal.internal;

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
import dev.tasuki.healthcheck.Share;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.Leads;

/**
 * The health check's evidence from the deals: new business won through the relay's defined process (PROC-1), and owned
 * work (ORG-2): the open deals that have an owner, together with the relay's leads past Marketing's leg.
 */
@Component
class DealEvidence implements EvidenceSource {

    static final Duration HALF_YEAR = Duration.ofDays(180);

    private final JdbcClient jdbc;
    private final Leads leads;
    private final OrganisationClock clock;

    DealEvidence(JdbcClient jdbc, Leads leads, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.leads = leads;
        this.clock = clock;
    }

    @Override
    public Set<String> itemCodes() {
        return Set.of("PROC-1", "ORG-2");
    }

    @Override
    public Evidence evidenceFor(String itemCode, LocalDate today) {
        return switch (itemCode) {
            case "PROC-1" -> wonThroughTheRelay();
            case "ORG-2" -> ownedWork();
            default -> throw new IllegalArgumentException(itemCode);
        };
    }

    /** NEW deals won in the last 180 days that came from a lead through the relay's handoffs: ○ 80 %, △ 50 %. */
    private Evidence wonThroughTheRelay() {
        Instant now = clock.now();
        Share relayed = jdbc.sql("""
                select count(*) as whole, count(lead_id) as part from deal
                 where type = 'NEW' and status = 'WON' and closed_at >= :from and closed_at < :now
                """)
                .param("from", utc(now.minus(HALF_YEAR)))
                .param("now", utc(now))
                .query(Share::read)
                .single();
        return Evidence.ofShare("PROC-1", "healthcheck.figure.wonThroughRelay", relayed, 80, 50);
    }

    /** Leads past Marketing's leg (SAL, SQL, OPPORTUNITY) and open deals that have an owner: ○ 95 %, △ 80 %. */
    private Evidence ownedWork() {
        Share owned = leads.ownedPastMarketing();
        Share deals = jdbc.sql("select count(*) as whole, count(owner_id) as part from deal where status = 'OPEN'")
                .query(Share::read)
                .single();
        Share both = new Share(owned.part() + deals.part(), owned.whole() + deals.whole());
        return Evidence.ofShare(
                "ORG-2",
                both,
                95,
                80,
                List.of(
                        new Figure("healthcheck.figure.ownedLeads", owned.shown()),
                        new Figure("healthcheck.figure.ownedDeals", deals.shown()),
                        new Figure("healthcheck.figure.owned", both.shown())));
    }
}
