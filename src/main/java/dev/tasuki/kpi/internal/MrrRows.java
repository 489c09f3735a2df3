package dev.tasuki.kpi.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.relay.RelayRelations;
import dev.tasuki.success.MovementKind;
import dev.tasuki.success.MrrMoved;
import dev.tasuki.success.MrrMovementWithdrawn;
import dev.tasuki.success.SuccessRelations;

/**
 * MRR movements with their account's source and campaign and the day their account's paying life began, their daily
 * sums, and the company's monthly sums. Kept current from {@link MrrMoved} and {@link MrrMovementWithdrawn} in the
 * setter's transaction; rebuilt from the success module's published movements.
 *
 * <p>Plain synchronous listeners on purpose: the read model changes in the writer's transaction, so a figure read after
 * the commit includes the change, and the kept rows equal a rebuild's (ReadModelRebuildTests).
 */
@Component
class MrrRows {

    /**
     * A row of kpi_mrr_day's change to the number of customers: every life starts with NEW or REACTIVATION and ends
     * with CHURN.
     */
    static final String CUSTOMERS = "case when kind in ('NEW', 'REACTIVATION') then movements when kind = 'CHURN'"
            + " then -movements else 0 end";

    /**
     * Sets each movement's life_started_on: the day of its account's last NEW or REACTIVATION up to it (movements of a
     * day in the order they were recorded). Recomputed for the whole account, as a movement recorded or withdrawn for
     * an earlier day changes the lives of the movements after it.
     */
    private static final String LIVES = """
            update kpi_mrr_movement set life_started_on = (
                select max(p.movement_on) from kpi_mrr_movement p
                 where p.account_id = kpi_mrr_movement.account_id and p.kind in ('NEW', 'REACTIVATION')
                   and (p.movement_on < kpi_mrr_movement.movement_on
                        or p.movement_on = kpi_mrr_movement.movement_on and p.id <= kpi_mrr_movement.id))
            """;

    private final JdbcClient jdbc;

    MrrRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(MrrMoved moved) {
        lock();
        Origin origin = jdbc.sql(
                        "select coalesce(max(l.source), :none) source, coalesce(max(l.campaign_id), :noCampaign)"
                                + " campaign from " + RelayRelations.leads() + " l where l.id = "
                                + Attribution.leadOf(":account"))
                .param("none", Attribution.NO_SOURCE)
                .param("noCampaign", Attribution.NO_CAMPAIGN)
                .param("account", moved.accountId())
                .query((rs, n) -> new Origin(rs.getString("source"), rs.getLong("campaign")))
                .single();
        jdbc.sql("""
                insert into kpi_mrr_movement (account_id, movement_on, kind, amount, mrr_before, mrr_after, source,
                    campaign_id)
                values (:account, :on, :kind, :amount, :before, :after, :source, :campaign)
                """)
                .param("account", moved.accountId())
                .param("on", moved.movementOn())
                .param("kind", moved.kind().name())
                .param("amount", moved.amount())
                .param("before", moved.mrrBefore())
                .param("after", moved.mrrAfter())
                .param("source", origin.source())
                .param("campaign", origin.campaign())
                .update();
        jdbc.sql(LIVES + " where account_id = :account")
                .param("account", moved.accountId())
                .update();
        addToDay(moved.movementOn(), moved.kind(), origin, moved.amount(), 1);
    }

    @EventListener(condition = "@liveUpdates.on()")
    void on(MrrMovementWithdrawn withdrawn) {
        lock();
        jdbc.sql("""
                select id, source, campaign_id from kpi_mrr_movement
                 where account_id = :account and movement_on = :on and kind = :kind and amount = :amount
                   and mrr_before = :before and mrr_after = :after
                 order by id fetch first 1 rows only
                """)
                .param("account", withdrawn.accountId())
                .param("on", withdrawn.movementOn())
                .param("kind", withdrawn.kind().name())
                .param("amount", withdrawn.amount())
                .param("before", withdrawn.mrrBefore())
                .param("after", withdrawn.mrrAfter())
                .query((rs, n) ->
                        new Recorded(rs.getLong("id"), new Origin(rs.getString("source"), rs.getLong("campaign_id"))))
                .optional()
                .ifPresent(recorded -> {
                    jdbc.sql("delete from kpi_mrr_movement where id = :id")
                            .param("id", recorded.id())
                            .update();
                    jdbc.sql(LIVES + " where account_id = :account")
                            .param("account", withdrawn.accountId())
                            .update();
                    addToDay(withdrawn.movementOn(), withdrawn.kind(), recorded.origin(), -withdrawn.amount(), -1);
                });
    }

    private void lock() {
        jdbc.sql("select id from kpi_mrr_lock where id = 1 for update")
                .query(Integer.class)
                .single();
    }

    /** Adds to the day's sums of the kind, source and campaign, and to the month's sums of the company. */
    private void addToDay(LocalDate day, MovementKind kind, Origin origin, long amount, int movements) {
        add(
                """
                update kpi_mrr_day set amount = amount + :amount, movements = movements + :movements
                 where movement_on = :day and kind = :kind and source = :source and campaign_id = :campaign
                """,
                """
                insert into kpi_mrr_day (movement_on, kind, source, campaign_id, amount, movements)
                values (:day, :kind, :source, :campaign, :amount, :movements)
                """,
                Map.of(
                        "amount",
                        amount,
                        "movements",
                        movements,
                        "day",
                        day,
                        "kind",
                        kind.name(),
                        "source",
                        origin.source(),
                        "campaign",
                        origin.campaign()));
        long customers = switch (kind) {
            case NEW, REACTIVATION -> movements;
            case CHURN -> -movements;
            default -> 0;
        };
        add(
                "update kpi_mrr_month set amount = amount + :amount, customers = customers + :customers where"
                        + " month_start = :month",
                "insert into kpi_mrr_month (month_start, amount, customers) values (:month, :amount, :customers)",
                Map.of("amount", amount, "customers", customers, "month", day.withDayOfMonth(1)));
    }

    /** Adds to a row of sums, or writes it when there is none yet (the lock keeps two writers from both inserting). */
    private void add(String update, String insert, Map<String, Object> values) {
        if (jdbc.sql(update).params(values).update() == 0) {
            jdbc.sql(insert).params(values).update();
        }
    }

    void rebuild() {
        jdbc.sql("delete from kpi_mrr_day").update();
        jdbc.sql("delete from kpi_mrr_movement").update();
        jdbc.sql("insert into kpi_mrr_movement (account_id, movement_on, kind, amount, mrr_before, mrr_after, source,"
                        + " campaign_id) select m.account_id, m.movement_on, m.kind, m.amount, m.mrr_before,"
                        + " m.mrr_after,"
                        + " coalesce(l.source, :none), coalesce(l.campaign_id, :noCampaign) from "
                        + SuccessRelations.movements() + " m left join " + RelayRelations.leads() + " l on l.id = "
                        + Attribution.leadOf("m.account_id") + " order by m.id")
                .param("none", Attribution.NO_SOURCE)
                .param("noCampaign", Attribution.NO_CAMPAIGN)
                .update();
        jdbc.sql(LIVES).update();
        jdbc.sql("""
                insert into kpi_mrr_day (movement_on, kind, source, campaign_id, amount, movements)
                select movement_on, kind, source, campaign_id, sum(amount), count(*) from kpi_mrr_movement
                 group by movement_on, kind, source, campaign_id
                """).update();
        jdbc.sql("delete from kpi_mrr_month").update();
        jdbc.sql("insert into kpi_mrr_month (month_start, amount, customers)"
                        + " select cast(date_trunc('month', movement_on) as date), sum(amount), sum(" + CUSTOMERS + ")"
                        + " from kpi_mrr_day group by cast(date_trunc('month', movement_on) as date)")
                .update();
    }

    private record Origin(String source, long campaign) {}

    private record Recorded(long id, Origin origin) {}
}
