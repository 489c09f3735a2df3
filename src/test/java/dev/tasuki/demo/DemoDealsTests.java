package dev.tasuki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.tasuki.IntegrationTest;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.Deals;
import dev.tasuki.success.HealthColour;
import dev.tasuki.success.MovementKind;
import dev.tasuki.success.Renewal;
import dev.tasuki.success.Renewals;

/**
 * The deals and the customers' MRR the demo organisation loaded at start-up, as Field Sales and Customer Success see
 * them. Other tests add deals and customers to the same database after it, and some write hand-made history years back
 * (the KPI figures' tests): the demo's own deals and leads are those created in its eighteen months, before its people
 * were.
 *
 * <p>On the demo's own database (shared with {@link DemoLoadTests}): the shared one also holds what other tests import,
 * with dates of their own.
 */
@IntegrationTest
@TestPropertySource(properties = "tasuki.test.fresh-database=demo_load")
class DemoDealsTests {

    private static final String LOADED = "(select min(created_at) from app_user)";
    private static final String IN_HISTORY =
            " where created_at < " + LOADED + " and created_at > " + LOADED + " - interval '600' day";
    private static final String DEMO_DEALS = "select id from deal" + IN_HISTORY;
    private static final String DEMO_LEADS = "select id from lead" + IN_HISTORY;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deals deals;

    @Autowired
    Renewals renewals;

    @Test
    void aQuarterToAThirdOfTheClosedDealsAreWonAndOpenOnesWaitInSeveralStages() {
        List<Deal> demo = deals.search(null, null, null, null).stream()
                .filter(deal -> deal.createdAt().isBefore(loaded()))
                .toList();
        long won = count("select count(*) from deal where status = 'WON' and id in (" + DEMO_DEALS + ")");
        long lost = count("select count(*) from deal where status = 'LOST' and id in (" + DEMO_DEALS + ")");

        assertThat((double) won / (won + lost))
                .as("win rate of %d won and %d lost", won, lost)
                .isBetween(0.20, 0.35);
        assertThat(deals.search(DealStatus.OPEN, null, null, null).stream()
                        .map(Deal::stage)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(demo)
                .filteredOn(Deal::open)
                .allSatisfy(deal -> assertThat(deal.amount()).isPositive());
        assertThat(count("select count(*) from deal where status = 'LOST' and (close_reason is null or"
                        + " close_comment is null) and id in ("
                        + DEMO_DEALS + ")"))
                .isZero();
        assertThat(jdbc.sql("select close_comment from deal where status <> 'OPEN' and id in (" + DEMO_DEALS + ")")
                        .query(String.class)
                        .list())
                .allMatch(comment -> comment.matches(".*\\p{IsHan}.*"));
    }

    @Test
    void everyOpportunityHasItsDealAndTheLeadsStageAgreesWithItsOutcome() {
        // a lead that reached OPPORTUNITY has one NEW deal; CUSTOMER and CHURNED ones won it, LOST ones lost it, open
        // ones wait
        assertThat(count("""
                select count(*) from lead l where l.id in (""" + DEMO_LEADS + """
                ) and exists (select 1 from stage_entry e where e.lead_id = l.id and e.to_stage = 'OPPORTUNITY')
                  and (select count(*) from deal d where d.lead_id = l.id and d.type = 'NEW') <> 1
                """)).isZero();
        assertThat(count("""
                select count(*) from lead l join deal d on d.lead_id = l.id where l.id in (""" + DEMO_LEADS + """
                ) and not ((l.stage in ('CUSTOMER', 'CHURNED') and d.status = 'WON') or (l.stage = 'LOST' and
                    d.status = 'LOST')
                        or (l.stage = 'OPPORTUNITY' and d.status = 'OPEN'))
                """)).isZero();
        // the lead entered CUSTOMER or LOST the moment the deal closed, and its stage history has the deal's stages
        // before
        assertThat(count("""
                select count(*) from deal d where d.status <> 'OPEN' and d.lead_id in (""" + DEMO_LEADS + """
                ) and not exists (select 1 from stage_entry e where e.lead_id = d.lead_id and e.entered_at = d.closed_at
                                  and e.to_stage = case when d.status = 'WON' then 'CUSTOMER' else 'LOST' end)
                """)).isZero();
        assertThat(count("select count(*) from deal_stage_entry where deal_id in (" + DEMO_DEALS + ")"))
                .isGreaterThan(2 * count("select count(*) from deal where id in (" + DEMO_DEALS + ")"));
    }

    @Test
    void everyCustomerPaidAndTheMovementsOfEveryKindButReactivationHappened() {
        assertThat(count("""
                select count(*) from lead l where l.stage in ('CUSTOMER', 'CHURNED') and l.id in (""" + DEMO_LEADS + """
                ) and not exists (select 1 from mrr_level m where m.account_id = l.account_id and m.mrr > 0)
                """)).isZero();
        List<String> kinds = jdbc.sql(
                        "select distinct kind from mrr_movement where account_id in (select account_id from deal"
                                + " where id in ("
                                + DEMO_DEALS + "))")
                .query(String.class)
                .list();
        assertThat(kinds)
                .contains(
                        MovementKind.NEW.name(),
                        MovementKind.EXPANSION.name(),
                        MovementKind.CONTRACTION.name(),
                        MovementKind.CHURN.name());
        // a lost renewal churned the account's customer leads
        assertThat(count("select count(*) from lead where stage = 'CHURNED' and id in (" + DEMO_LEADS + ")"))
                .isPositive();
        assertThat(count(
                        "select count(*) from customer_contract where status = 'CHURNED' and churn_reason is not null"))
                .isPositive();
        assertThat(count("select count(*) from deal where type = 'EXPANSION' and status = 'WON' and id in ("
                        + DEMO_DEALS + ")"))
                .isPositive();
    }

    @Test
    void customerSuccessHasRenewalsComingUpSomeOverdueOrAtRisk() {
        List<Renewal> due = renewals.upcoming(90);

        assertThat(due).hasSizeGreaterThanOrEqualTo(5);
        assertThat(renewals.upcoming(30)).isNotEmpty();
        assertThat(due).anyMatch(renewal -> renewal.overdue() || renewal.health() != HealthColour.GREEN);
    }

    private java.time.Instant loaded() {
        return jdbc.sql("select min(created_at) from app_user")
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
